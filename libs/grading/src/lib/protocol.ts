/**
 * The grading protocol: what a grader is asked to run and what it answers. The answer follows
 * the shape of Exercism's test-runner interface (results.json, version 3), with two outcomes of
 * our own for runs the sandbox stopped: `timeout` and `memory-limit`.
 */

export const GRADING_PROTOCOL_VERSION = 3;

export type Language = 'javascript';

/** A file of the exercise or of the learner, addressed the way the tests import it. */
export interface SourceFile {
  /** e.g. `two-fer.js`; tests import it as `./two-fer` or `./two-fer.js`. */
  path: string;
  content: string;
}

export interface GradingLimits {
  /** CPU time the whole run may use (the sandbox interrupts it beyond). */
  cpuMs: number;
  /** Wall-clock time before the grader process itself is stopped. */
  wallMs: number;
  /** Memory of the sandbox's heap. */
  memoryBytes: number;
  /** Characters of console output kept per test. */
  outputChars: number;
}

export const DEFAULT_LIMITS: GradingLimits = {
  cpuMs: 2_000,
  wallMs: 5_000,
  memoryBytes: 32 * 1024 * 1024,
  outputChars: 2_000,
};

export interface GradingJob {
  language: Language;
  /** The learner's files, e.g. the solution. */
  files: SourceFile[];
  /** The test files to run, in order. */
  tests: SourceFile[];
  limits: GradingLimits;
}

export type TestStatus = 'pass' | 'fail' | 'error';
export type RunStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'memory-limit';

/**
 * Why a run or a test did not pass, as a stable code the apps translate for beginners; the
 * English `message` beside it is for mentors and logs.
 */
export type ProblemCode =
  | 'assertion-failed'
  | 'exception'
  | 'syntax-error'
  | 'module-not-found'
  | 'missing-export'
  | 'no-tests'
  | 'never-finished'
  | 'timeout'
  | 'memory-limit'
  | 'stack-overflow'
  | 'grader-failed';

export interface TestResult {
  name: string;
  status: TestStatus;
  message: string | null;
  code: ProblemCode | null;
  /** What the learner's code printed during this test, capped. */
  output: string | null;
}

export interface GradingResult {
  version: typeof GRADING_PROTOCOL_VERSION;
  status: RunStatus;
  message: string | null;
  code: ProblemCode | null;
  tests: TestResult[];
  /** How long the sandbox ran, for the curious and for benchmarks. */
  durationMs: number;
}
