import type { GradingResult, TestResult } from '@passerelle/grading';
import { type Catalog, FALLBACK_CATALOG as en, loadCatalog, translate } from '@passerelle/i18n';

import { localAssertion, problemText, runProblem, testProblem } from './grading-text';

let ar: Catalog;
beforeAll(async () => {
  ar = await loadCatalog('ar');
});
const inEnglish = (key: Parameters<typeof translate>[1]) => translate(en, key);
const inArabic = (key: Parameters<typeof translate>[1]) => translate(ar, key);

const FAILURE = 'expect(received).toBe(expected)\n\nExpected: "Hello, Amina!"\nReceived: undefined';

describe('grader messages in the learner’s language', () => {
  it('translates the labels of an assertion failure and keeps the values', () => {
    expect(localAssertion(FAILURE, inArabic)).toBe(
      'expect(received).toBe(expected)\n\nالمتوقع: "Hello, Amina!"\nالناتج: undefined',
    );
    expect(localAssertion('Expected: not 3\nReceived function did not throw', inEnglish)).toBe(
      'Expected: not 3\nThe function did not throw an error.',
    );
  });

  it('explains each problem, keeping the error text of the learner’s code', () => {
    const error = 'TypeError: name.toUpperCase is not a function (at twoFer (two-fer.js:2))';
    expect(problemText('exception', error, inArabic)).toEqual({
      explanation: { key: 'grading.problem.exception' },
      detail: error,
    });
    // The platform's own words are replaced by their translation.
    expect(problemText('never-finished', 'This test never finished: it waits…', inArabic)).toEqual({
      explanation: { key: 'grading.problem.never-finished' },
      detail: null,
    });
    expect(problemText(null, 'Something', inArabic)).toEqual({
      explanation: null,
      detail: 'Something',
    });
  });

  it('says nothing more for a passed test, and does not repeat the verdict of a run', () => {
    const test = (overrides: Partial<TestResult>): TestResult => ({
      name: 'says hello',
      status: 'fail',
      message: FAILURE,
      code: 'assertion-failed',
      output: null,
      ...overrides,
    });
    expect(testProblem(test({ status: 'pass', message: null, code: null }), inEnglish)).toEqual({
      explanation: null,
      detail: null,
    });
    expect(testProblem(test({}), inEnglish).detail).toContain('Received: undefined');
    const run = (overrides: Partial<GradingResult>): GradingResult => ({
      version: 3,
      status: 'timeout',
      code: 'timeout',
      message: 'The code ran longer than allowed and was stopped.',
      tests: [],
      durationMs: 2000,
      ...overrides,
    });
    expect(runProblem(run({}), inEnglish)).toEqual({ explanation: null, detail: null });
    expect(
      runProblem(
        run({ status: 'error', code: 'syntax-error', message: 'SyntaxError: x' }),
        inEnglish,
      ),
    ).toEqual({ explanation: { key: 'grading.problem.syntax-error' }, detail: 'SyntaxError: x' });
  });
});
