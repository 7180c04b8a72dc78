/**
 * The test framework that runs inside the sandbox. Its source is `libs/grader/harness/harness.ts`,
 * a type-checked and linted script; `libs/grader/harness/compile.cjs` turns it into the
 * JavaScript text below (`harness-source.generated.ts`, written whenever the grader is built,
 * tested or benchmarked, and not committed).
 */
export { HARNESS_SOURCE } from './harness-source.generated';

/** The module `@jest/globals` resolves to inside the sandbox. */
export const JEST_GLOBALS_MODULE = `
const g = globalThis.__grader.globals;
export const { describe, xdescribe, test, it, xtest, xit, expect, beforeEach, afterEach, beforeAll, afterAll } = g;
export const jest = {};
`;
