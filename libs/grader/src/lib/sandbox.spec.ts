import { DEFAULT_LIMITS, type GradingJob, type GradingResult } from '@passerelle/grading';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

import { loadEngine, runInSandbox } from './sandbox';

/** The Exercism layout: an ES module solution and a spec importing it and @jest/globals. */
const TWO_FER_SPEC = `
import { describe, expect, test, xtest } from '@jest/globals';
import { twoFer } from './two-fer';

describe('twoFer()', () => {
  test('no name given', () => {
    expect(twoFer()).toEqual('One for you, one for me.');
  });
  xtest('a name given', () => {
    expect(twoFer('Alice')).toEqual('One for Alice, one for me.');
  });
  xtest('another name given', () => {
    expect(twoFer('Bob')).toEqual('One for Bob, one for me.');
  });
});
`;
const TWO_FER = "export const twoFer = (name = 'you') => `One for ${name}, one for me.`;";

let quickjs: QuickJSWASMModule;
beforeAll(async () => (quickjs = await loadEngine()));

function grade(solution: string, spec = TWO_FER_SPEC, limits = {}): GradingResult {
  const job: GradingJob = {
    language: 'javascript',
    files: [{ path: 'two-fer.js', content: solution }],
    tests: [{ path: 'two-fer.spec.js', content: spec }],
    limits: { ...DEFAULT_LIMITS, ...limits },
  };
  return runInSandbox(quickjs, job);
}

describe('grading an Exercism-style exercise', () => {
  it('passes a correct solution, running xtest tests too', () => {
    const result = grade(TWO_FER);
    expect(result.status).toBe('pass');
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ['twoFer() > no name given', 'pass'],
      ['twoFer() > a name given', 'pass'],
      ['twoFer() > another name given', 'pass'],
    ]);
  });

  it('fails a wrong solution with a readable message per test', () => {
    const result = grade("export const twoFer = (name) => 'One for ' + name + ', one for me.';");
    expect(result.status).toBe('fail');
    expect(result.tests[0]).toMatchObject({ status: 'fail', code: 'assertion-failed' });
    expect(result.tests[0].message).toBe(
      'expect(received).toEqual(expected)\n\nExpected: "One for you, one for me."\nReceived: "One for undefined, one for me."',
    );
    expect(result.tests[1].status).toBe('pass');
  });

  it('reports a syntax error as an error of the run', () => {
    const result = grade('export const twoFer = (name => {');
    expect(result).toMatchObject({ status: 'error', code: 'syntax-error' });
    expect(result.message).toMatch(/^SyntaxError/);
  });

  it('accepts a CommonJS solution, imported or required', () => {
    const cjs = "module.exports = { twoFer: (name = 'you') => `One for ${name}, one for me.` };";
    expect(grade(cjs).status).toBe('pass');
    const requiring = TWO_FER_SPEC.replace(
      "import { twoFer } from './two-fer';",
      "const { twoFer } = require('./two-fer');",
    );
    expect(grade(cjs, requiring).status).toBe('pass');
  });

  it('keeps what the code printed, per test', () => {
    const result = grade(
      "export const twoFer = (name = 'you') => { console.log('called with', name, { n: 1 }); return `One for ${name}, one for me.`; };",
    );
    expect(result.tests[1].output).toBe('called with Alice {n: 1}\n');
  });

  it('reports a missing export by name', () => {
    const result = grade('export const twoFor = () => 1;');
    expect(result).toMatchObject({ status: 'error', code: 'missing-export' });
    expect(result.message).toContain('twoFer');
  });
});

describe('the Jest subset', () => {
  const run = (spec: string) =>
    grade('export const id = (x) => x;', `import { id } from './two-fer';\n${spec}`);

  it.each([
    ['toBe', 'expect(id(1)).toBe(1)'],
    [
      'toEqual on nested values',
      'expect(id({ a: [1, { b: 2 }], u: undefined })).toEqual({ a: [1, { b: 2 }] })',
    ],
    ['toStrictEqual', 'expect(id([1, 2])).toStrictEqual([1, 2])'],
    ['toBeTruthy / toBeFalsy', 'expect(id(1)).toBeTruthy(); expect(id(0)).toBeFalsy()'],
    [
      'toBeNull / toBeUndefined / toBeDefined',
      'expect(id(null)).toBeNull(); expect(id(undefined)).toBeUndefined(); expect(id(0)).toBeDefined()',
    ],
    ['toBeInstanceOf', 'expect(id(new Error("x"))).toBeInstanceOf(Error)'],
    ['toContain', 'expect(id([1, 2, 3])).toContain(2); expect(id("hello")).toContain("ell")'],
    ['toHaveLength', 'expect(id([1, 2, 3])).toHaveLength(3)'],
    ['toBeCloseTo', 'expect(id(0.1 + 0.2)).toBeCloseTo(0.3)'],
    [
      'comparisons',
      'expect(id(3)).toBeGreaterThan(2); expect(id(3)).toBeGreaterThanOrEqual(3); expect(id(1)).toBeLessThan(2); expect(id(2)).toBeLessThanOrEqual(2)',
    ],
    ['toMatch', 'expect(id("abc123")).toMatch(/\\d+/); expect(id("abc")).toMatch("b")'],
    [
      'toThrow',
      'expect(() => { throw new TypeError("bad input") }).toThrow(); expect(() => { throw new TypeError("bad input") }).toThrow("bad"); expect(() => { throw new TypeError("bad") }).toThrow(TypeError); expect(() => { throw new Error("x1") }).toThrow(/x\\d/)',
    ],
    ['.not', 'expect(id(1)).not.toBe(2); expect(() => 1).not.toThrow()'],
    [
      'asymmetric matchers',
      'expect(id({ a: 1, b: "hello" })).toEqual(expect.objectContaining({ b: expect.stringMatching(/^h/) }))',
    ],
    [
      'async tests with resolves and rejects',
      'return (async () => { await expect(Promise.resolve(id(2))).resolves.toBe(2); await expect(Promise.reject(new Error("no"))).rejects.toThrow("no"); })()',
    ],
    [
      'timers',
      'return new Promise((resolve) => setTimeout(() => resolve(expect(id(1)).toBe(1)), 1000))',
    ],
  ])('supports %s', (_name, body) => {
    const result = run(`test('it', () => { ${body}; });`);
    expect({ status: result.status, message: result.tests[0]?.message }).toEqual({
      status: 'pass',
      message: null,
    });
  });

  it('runs before/afterEach hooks in nested describes, and describe.skip / test.skip', () => {
    const result = run(`
      const log = [];
      beforeEach(() => log.push('outer'));
      describe.skip('inner', () => {
        beforeEach(() => log.push('inner'));
        afterEach(() => log.push('after'));
        test.skip('one', () => expect(log).toEqual(['outer', 'inner']));
        it('two', () => expect(log).toEqual(['outer', 'inner', 'after', 'outer', 'inner']));
      });
    `);
    expect(result.status).toBe('pass');
    expect(result.tests.map((t) => t.name)).toEqual(['inner > one', 'inner > two']);
  });

  it('fails a test that throws, naming the error', () => {
    const result = run(`test('boom', () => { null.x; });`);
    expect(result.tests[0]).toMatchObject({ status: 'error', code: 'exception' });
    expect(result.tests[0].message).toMatch(/^TypeError: /);
  });

  it('fails a negated matcher with a message', () => {
    const result = run(`test('same', () => expect(id(2)).not.toBe(2));`);
    expect(result.tests[0].message).toBe(
      'expect(received).not.toBe(expected)\n\nExpected: not 2\nReceived: 2',
    );
  });

  it('shows booleans as true and false in messages', () => {
    const result = run(`test('even', () => expect(id(true)).toBe(false));`);
    expect(result.tests[0].message).toBe(
      'expect(received).toBe(expected)\n\nExpected: false\nReceived: true',
    );
  });

  it('treats a spec without tests as an error', () => {
    expect(run('// nothing here')).toMatchObject({ status: 'error', code: 'no-tests' });
  });
});
