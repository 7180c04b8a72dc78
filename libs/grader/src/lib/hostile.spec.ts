import { DEFAULT_LIMITS, type GradingJob, type GradingResult } from '@passerelle/grading';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

import { loadEngine, runInSandbox } from './sandbox';

/**
 * Hostile programs: each must end in a clear verdict, within its limits, and harm nothing —
 * neither the grader's judgement nor the process that runs it.
 */
const SPEC = `
import { expect, test } from '@jest/globals';
import { add } from './solution';
test('adds', () => expect(add(1, 2)).toBe(3));
test('adds again', () => expect(add(2, 2)).toBe(4));
`;

let quickjs: QuickJSWASMModule;
beforeAll(async () => (quickjs = await loadEngine()));

function grade(solution: string, spec = SPEC, limits = {}): GradingResult {
  const job: GradingJob = {
    language: 'javascript',
    files: [{ path: 'solution.js', content: solution }],
    tests: [{ path: 'solution.spec.js', content: spec }],
    limits: { ...DEFAULT_LIMITS, cpuMs: 300, ...limits },
  };
  return runInSandbox(quickjs, job);
}

describe('hostile code', () => {
  it('an endless loop at load time ends as a timeout', () => {
    expect(grade('while (true) {}\nexport const add = (a, b) => a + b;')).toMatchObject({
      status: 'timeout',
      code: 'timeout',
    });
  });

  it('an endless loop in one test keeps the results before it', () => {
    const result = grade(
      'export const add = (a, b) => { if (a === 2) for (;;) {} return a + b; };',
    );
    expect(result.status).toBe('timeout');
    expect(result.tests).toEqual([expect.objectContaining({ name: 'adds', status: 'pass' })]);
  });

  it('an endless chain of promises ends as a timeout', () => {
    const solution =
      'export const add = (a, b) => { (async () => { for (;;) await null; })(); return a + b; };';
    expect(grade(solution).status).toBe('timeout');
  });

  it('an endless interval ends as a timeout', () => {
    expect(grade('setInterval(() => {}, 1);\nexport const add = (a, b) => a + b;').status).toBe(
      'pass',
    );
    const spec = `${SPEC}\ntest('waits', () => new Promise(() => setInterval(() => {}, 10)));`;
    expect(grade('export const add = (a, b) => a + b;', spec).status).toBe('timeout');
  });

  it('a test that never finishes is reported, and the next tests still run', () => {
    const spec = `
      import { expect, test } from '@jest/globals';
      import { add } from './solution';
      test('hangs', () => new Promise(() => {}));
      test('adds', () => expect(add(1, 2)).toBe(3));`;
    const result = grade('export const add = (a, b) => a + b;', spec);
    expect(result.tests.map((t) => [t.status, t.code])).toEqual([
      ['error', 'never-finished'],
      ['pass', null],
    ]);
  });

  it('deep recursion is a stack overflow, not a crash', () => {
    const result = grade('const f = (n) => f(n + 1) + 1;\nexport const add = (a, b) => f(0);');
    expect(result.tests[0]).toMatchObject({ status: 'error', code: 'stack-overflow' });
  });

  it.each([
    ['an array that grows forever', 'const list = []; for (;;) list.push({ x: [1, 2, 3] });'],
    ['a huge string', "const s = 'x'.repeat(2 ** 29);"],
  ])('%s ends at the memory limit', (_name, bomb) => {
    const result = grade(`export const add = (a, b) => { ${bomb} return a + b; };`, SPEC, {
      cpuMs: 2000,
      memoryBytes: 8 * 1024 * 1024,
    });
    expect(result.status).toBe('memory-limit');
  });

  it('a string doubled forever is stopped', () => {
    const result = grade("export const add = (a, b) => { let s = 'x'; for (;;) s += s; };");
    expect(['error', 'fail', 'memory-limit']).toContain(result.status);
    expect(result.status).not.toBe('pass');
  });

  it('huge output is cut', () => {
    const result = grade(
      "export const add = (a, b) => { for (let i = 0; i < 100000; i++) console.log('spam '.repeat(20)); return a + b; };",
      SPEC,
      { cpuMs: 5000 },
    );
    expect(result.status).toBe('pass');
    expect(result.tests[0].output?.length).toBeLessThan(DEFAULT_LIMITS.outputChars + 100);
  });

  it.each([
    ['process', 'export const add = () => process.exit(1);'],
    [
      'require of a node module',
      "export const add = () => require('fs').readFileSync('/etc/passwd', 'utf8');",
    ],
    [
      'a static import of a node module',
      "import fs from 'fs';\nexport const add = () => fs.readFileSync('/etc/passwd');",
    ],
    [
      'a dynamic import of a node module',
      "export const add = async () => (await import('fs')).readFileSync('/etc/passwd');",
    ],
    ['fetch', "export const add = () => fetch('http://example.org');"],
    ['the environment', 'export const add = () => std.getenv("HOME");'],
  ])('%s is not there', (_name, solution) => {
    const result = grade(solution);
    expect(result.status).not.toBe('pass');
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it.each([
    ['Object.is', 'Object.is = () => true;'],
    ['Array.prototype', 'Array.prototype.every = () => true; Array.prototype.some = () => true;'],
    ['the expect global', 'globalThis.expect = () => ({ toBe() {} });'],
    ['the grader', 'globalThis.__grader.result = () => "pass";'],
    ['Promise.prototype.then', 'Promise.prototype.then = function () { return this; };'],
    ['JSON.stringify', 'JSON.stringify = () => "{}";'],
    [
      'Error.prototype',
      "Object.defineProperty(Error.prototype, 'message', { get() { return ''; } });",
    ],
  ])('tampering with %s cannot turn failing tests into passes', (_name, tamper) => {
    const result = grade(`try { ${tamper} } catch {}\nexport const add = (a, b) => a - b;`);
    expect(result.status).toBe('fail');
    expect(result.tests.every((t) => t.status !== 'pass')).toBe(true);
  });

  it.each([
    ['the globals @jest/globals exports', 'globalThis.__grader.globals.expect = () => fake;'],
    ['expect.objectContaining', 'expect.objectContaining = () => anything;'],
    ['the matchers', 'Object.getPrototypeOf(expect(1)).toEqual = () => undefined;'],
    ['test.each', 'test.each = () => () => undefined;'],
  ])('tampering with %s from the solution cannot pass the tests', (_name, tamper) => {
    // The solution is imported first, so it runs before the spec reads what it tampers with.
    const spec = `
      import { add } from './solution';
      import { expect, test } from '@jest/globals';
      test('adds', () => expect({ sum: add(1, 2) }).toEqual(expect.objectContaining({ sum: 3 })));
      test.each([[2, 2, 4]])('adds %s', (a, b, sum) => expect(add(a, b)).toEqual(sum));`;
    const solution = `
      const anything = { __asymmetric: true, check: () => true, toString: () => '' };
      const fake = () => ({ toEqual() {} });
      try { ${tamper} } catch {}
      export const add = (a, b) => a - b;`;
    const result = grade(solution, spec);
    expect(result.status).toBe('fail');
    expect(result.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
  });

  it('ordinary code that sets own properties still works after the lockdown', () => {
    const solution = `
      class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
      const point = { x: 1 };
      point.toString = () => 'P';
      export const add = (a, b) => { if (String(point) !== 'P') throw new MyError('no'); return a + b; };`;
    expect(grade(solution).status).toBe('pass');
  });

  it('the engine is still usable after every hostile run', () => {
    expect(grade('export const add = (a, b) => a + b;').status).toBe('pass');
  });
});
