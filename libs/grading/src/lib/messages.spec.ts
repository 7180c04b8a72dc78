import { assertionLines } from './messages';

describe('assertionLines', () => {
  it('splits a failure into the call, labels and values kept as they are', () => {
    expect(
      assertionLines('expect(received).toBe(expected)\n\nExpected: "Hello"\nReceived:   42'),
    ).toEqual([
      { kind: 'text', text: 'expect(received).toBe(expected)' },
      { kind: 'text', text: '' },
      { kind: 'label', label: 'Expected', not: false, value: '"Hello"' },
      { kind: 'label', label: 'Received', not: false, value: '42' },
    ]);
  });

  it('reads the longest label, a negation, and the sentence of toThrow', () => {
    expect(assertionLines('Expected length: not 3\nReceived function did not throw')).toEqual([
      { kind: 'label', label: 'Expected length', not: true, value: '3' },
      { kind: 'did-not-throw' },
    ]);
    // A value that says "not" in quotes is the learner's, not a negation.
    expect(assertionLines('Received: "not yet"')).toEqual([
      { kind: 'label', label: 'Received', not: false, value: '"not yet"' },
    ]);
  });
});
