import { ASSERTION_LABELS, DID_NOT_THROW } from '@passerelle/grading';

import { HARNESS_SOURCE } from './harness';

describe('the harness’s words', () => {
  it('labels assertion failures only with the labels the apps translate', () => {
    const used = [...HARNESS_SOURCE.matchAll(/'([A-Z][a-z]+(?: [a-z]+)?): /g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(
      [...new Set(used)].filter(
        (label) => !(ASSERTION_LABELS as readonly string[]).includes(label),
      ),
    ).toEqual([]);
    expect(HARNESS_SOURCE).toContain(`'${DID_NOT_THROW}'`);
  });
});
