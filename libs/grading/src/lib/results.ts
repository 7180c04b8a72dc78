import {
  GRADING_PROTOCOL_VERSION,
  type GradingResult,
  type ProblemCode,
  type RunStatus,
  type TestResult,
} from './protocol';

/** Keeps at most `limit` characters, saying how much was cut. */
export function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}\n… (${text.length - limit} more characters not shown)`;
}

/** The overall verdict of a run whose tests all ran: pass only if there were tests and all passed. */
export function summarize(tests: TestResult[], durationMs: number): GradingResult {
  if (tests.length === 0) {
    return stopped('error', 'no-tests', 'The test file defines no tests.', [], durationMs);
  }
  const failed = tests.filter((t) => t.status !== 'pass');
  return {
    version: GRADING_PROTOCOL_VERSION,
    status: failed.length === 0 ? 'pass' : 'fail',
    message: failed.length === 0 ? null : `${failed.length} of ${tests.length} tests did not pass.`,
    code: null,
    tests,
    durationMs,
  };
}

/** A run that could not finish normally: the tests that did run are kept. */
export function stopped(
  status: Exclude<RunStatus, 'pass' | 'fail'>,
  code: ProblemCode,
  message: string,
  tests: TestResult[],
  durationMs: number,
): GradingResult {
  return { version: GRADING_PROTOCOL_VERSION, status, message, code, tests, durationMs };
}

export function isGradingResult(value: unknown): value is GradingResult {
  const result = value as GradingResult;
  return (
    typeof value === 'object' &&
    value !== null &&
    result.version === GRADING_PROTOCOL_VERSION &&
    typeof result.status === 'string' &&
    Array.isArray(result.tests)
  );
}
