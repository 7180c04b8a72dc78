import { numberProblem, RuleProblems, textProblem } from './form-rules';

describe('textProblem', () => {
  it('asks for a required text, and lets an optional one be empty', () => {
    expect(textProblem('', { required: true })).toEqual({ code: 'required' });
    expect(textProblem('   ', { required: true, max: 5 })).toEqual({ code: 'required' });
    expect(textProblem('', { max: 5 })).toBeNull();
  });

  it('measures the text against its limit', () => {
    expect(textProblem('12345', { max: 5 })).toBeNull();
    expect(textProblem('123456', { max: 5 })).toEqual({ code: 'maxLength', max: 5 });
  });

  it('matches a pattern on texts that are there', () => {
    expect(textProblem('ab-1', { pattern: /^[a-z0-9-]+$/ })).toBeNull();
    expect(textProblem('Ab 1', { pattern: /^[a-z0-9-]+$/ })).toEqual({ code: 'pattern' });
    expect(textProblem('', { pattern: /^x$/ })).toBeNull();
  });
});

describe('numberProblem', () => {
  it('calls nothing typed missing', () => {
    for (const value of [null, undefined, Number.NaN]) {
      expect(numberProblem(value, { min: 0, max: 1 })).toEqual({ code: 'required' });
    }
  });

  it('keeps numbers within their range, ends included', () => {
    const rule = { min: -3, max: 3 };
    expect(numberProblem(-3, rule)).toBeNull();
    expect(numberProblem(3, rule)).toBeNull();
    expect(numberProblem(3.01, rule)).toEqual({ code: 'range', min: -3, max: 3 });
  });

  it('asks whole numbers where the rule does', () => {
    expect(numberProblem(1.5, { min: 1, max: 48, integer: true })).toEqual({
      code: 'range',
      min: 1,
      max: 48,
    });
    expect(numberProblem(1.5, { min: 1, max: 48 })).toBeNull();
  });
});

describe('RuleProblems', () => {
  it('keeps the first problem of each field', () => {
    const problems = new RuleProblems()
      .add('a', { code: 'required' })
      .add('a', { code: 'pattern' })
      .add('b', null)
      .add('c', { code: 'maxLength', max: 2 });
    expect(problems.list).toEqual([
      { field: 'a', code: 'required' },
      { field: 'c', code: 'maxLength', max: 2 },
    ]);
  });
});
