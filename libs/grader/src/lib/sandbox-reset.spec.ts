import { readFileSync } from 'node:fs';

import { DEFAULT_LIMITS, type GradingJob, type GradingResult } from '@passerelle/grading';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

import { loadEngine, runInSandbox, stackTopOf } from './sandbox';

/**
 * Every run starts from a copy of the sandbox's memory taken before any learner code ran: what
 * one submission does must not reach the next.
 */
let quickjs: QuickJSWASMModule;
beforeAll(async () => (quickjs = await loadEngine()));

function grade(files: Record<string, string>, spec: string, limits = {}): GradingResult {
  const job: GradingJob = {
    language: 'javascript',
    files: Object.entries(files).map(([path, content]) => ({ path, content })),
    tests: [{ path: 'solution.spec.js', content: spec }],
    limits: { ...DEFAULT_LIMITS, ...limits },
  };
  return runInSandbox(quickjs, job);
}

const PROBE_SPEC = `
import { expect, test } from '@jest/globals';
import { probe } from './solution';
test('probe', () => expect(probe()).toEqual([]));`;

/** Lists what a run can still see of earlier ones; an empty list passes the probe. */
const PROBE = `
export const probe = () => [
  typeof globalThis.leaked !== 'undefined' && 'a global',
  Object.getOwnPropertyNames(globalThis).includes('sticky') && 'a fixed global',
  typeof Array.prototype.leaked !== 'undefined' && 'a property on a prototype',
  typeof console.leaked !== 'undefined' && 'a property on console',
].filter(Boolean);`;

describe('a run after another', () => {
  it('sees nothing the earlier one left behind', () => {
    const messy = `
      globalThis.leaked = 'from an earlier run';
      Object.defineProperty(globalThis, 'sticky', { value: 1, configurable: false });
      try { Array.prototype.leaked = 1; } catch {}
      console.leaked = 1;
      setInterval(() => { globalThis.leaked = 'from a timer'; }, 1);
      const keep = []; for (let i = 0; i < 10000; i++) keep.push({ i });
      Promise.resolve().then(() => { globalThis.leaked = 'from a promise'; });
      export const probe = () => [];`;
    expect(grade({ 'solution.js': messy }, PROBE_SPEC).status).toBe('pass');
    expect(grade({ 'solution.js': PROBE }, PROBE_SPEC)).toMatchObject({ status: 'pass' });
  });

  it('cannot import the modules of an earlier run', () => {
    const spec = `
      import { expect, test } from '@jest/globals';
      import { value } from './extra';
      test('extra', () => expect(value).toBe(1));`;
    expect(grade({ 'solution.js': '', 'extra.js': 'export const value = 1;' }, spec).status).toBe(
      'pass',
    );
    expect(grade({ 'solution.js': '' }, spec)).toMatchObject({
      status: 'error',
      code: 'module-not-found',
    });
  });

  it('gives the same verdict before and after hostile runs', () => {
    const spec = `
      import { expect, test } from '@jest/globals';
      import { add } from './solution';
      test('adds', () => expect(add(1, 2)).toBe(3));
      test('prints', () => { console.log('sum', add(2, 2)); expect(add(2, 2)).toBe(5); });`;
    const solution = { 'solution.js': 'export const add = (a, b) => a + b;' };
    const before = grade(solution, spec);
    const bombs = [
      'const list = []; for (;;) list.push([1, 2, 3]);',
      'for (;;) {}',
      'const f = (n) => f(n + 1) + 1; f(0);',
    ];
    for (const bomb of bombs) {
      const result = grade({ 'solution.js': `export const add = () => { ${bomb} };` }, spec, {
        cpuMs: 300,
        memoryBytes: 8 * 1024 * 1024,
      });
      expect(result.status).not.toBe('pass');
    }
    const after = grade(solution, spec);
    expect({ ...after, durationMs: 0 }).toEqual({ ...before, durationMs: 0 });
    expect(after.tests[1].output).toBe('sum 4\n');
  });

  it('draws other random numbers, and keeps its own output limit', () => {
    const spec = `
      import { test } from '@jest/globals';
      test('random', () => { const x = Math.random(); if (!(x >= 0 && x < 1)) throw new Error(String(x)); console.log(x); });`;
    const outputs = [1, 2, 3].map(() => grade({ 'solution.js': '' }, spec).tests[0].output);
    expect(new Set(outputs).size).toBe(3);
    expect(grade({ 'solution.js': '' }, spec, { outputChars: 4 }).tests[0].output).toMatch(
      /^0\.\d\d\n… \(output cut\)$/,
    );
    expect(grade({ 'solution.js': '' }, spec).tests[0].output).toMatch(/^0\.\d+\n$/);
  });
});

describe('stackTopOf', () => {
  it('finds where the C stack of the QuickJS build starts', () => {
    const wasm = readFileSync(require.resolve('@jitl/quickjs-wasmfile-release-sync/wasm'));
    const top = stackTopOf(new Uint8Array(wasm));
    expect(top).toBeGreaterThan(5 * 1024 * 1024);
    expect((top as number) % 16).toBe(0);
  });

  it('declines a file shaped otherwise', () => {
    expect(stackTopOf(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBeUndefined();
  });
});
