import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import emscriptenModule from '@jitl/quickjs-wasmfile-release-sync/emscripten-module';
import {
  capText,
  type GradingJob,
  type GradingResult,
  type ProblemCode,
  type SourceFile,
  stopped,
  summarize,
  type TestResult,
} from '@passerelle/grading';
import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

import { HARNESS_SOURCE, JEST_GLOBALS_MODULE } from './harness';

/**
 * QuickJS's stack limit must stay small: a deep recursion with a large limit can abort the
 * whole process instead of raising a catchable error.
 */
const MAX_STACK_BYTES = 256 * 1024;
const MESSAGE_LIMIT = 4_000;

let engine: Promise<QuickJSWASMModule> | undefined;

/**
 * The QuickJS engine (WebAssembly), loaded once per process. The module loader is required
 * statically rather than through the variant's dynamic import(), so that bundlers and test
 * runners see it.
 */
export function loadEngine(): Promise<QuickJSWASMModule> {
  engine ??= newQuickJSWASMModuleFromVariant({
    ...releaseSync,
    importModuleLoader: () => Promise.resolve(emscriptenModule),
  });
  return engine;
}

/** The name a module is imported by: `./two-fer.js`, `./two-fer` and `two-fer` are one. */
export function moduleKey(name: string): string {
  return name
    .replace(/^(\.\/)+/, '')
    .replace(/^\//, '')
    .replace(/\.(c|m)?js$/, '');
}

function isCommonJs(source: string): boolean {
  const esm = /^\s*(import|export)\s/m.test(source);
  return !esm && /\bmodule\.exports\b|\bexports\.[\w$]+\s*=/.test(source);
}

class Stop extends Error {
  constructor(
    readonly status: 'error' | 'timeout' | 'memory-limit',
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
  }
}

interface SandboxError {
  name?: string;
  message?: string;
  stack?: string;
}

/** What a failure inside QuickJS means for the run. */
function classify(dumped: unknown, timedOut: boolean): Stop {
  if (timedOut) {
    return new Stop('timeout', 'timeout', 'The code ran longer than allowed and was stopped.');
  }
  const error = (dumped ?? {}) as SandboxError;
  const message = String(error.message ?? '');
  // Out of memory, QuickJS may not even manage to build an error object.
  if (dumped === null || dumped === undefined || message === 'out of memory') {
    return new Stop('memory-limit', 'memory-limit', 'The code used more memory than allowed.');
  }
  const where = String(error.stack ?? '')
    .split('\n')[0]
    ?.trim();
  const text = capText(
    `${error.name ?? 'Error'}: ${message}${where ? ` (${where})` : ''}`,
    MESSAGE_LIMIT,
  );
  // QuickJS reports an import of a name the module does not export as a SyntaxError.
  if (/export .* not found|Could not find export/i.test(message)) {
    return new Stop('error', 'missing-export', text);
  }
  if (error.name === 'SyntaxError') return new Stop('error', 'syntax-error', text);
  if (/could not load module|Cannot find module/i.test(message)) {
    return new Stop('error', 'module-not-found', text);
  }
  if (/stack overflow/.test(message)) return new Stop('error', 'stack-overflow', text);
  return new Stop('error', 'exception', text);
}

/** One run of a job's tests against the learner's files, in a fresh QuickJS runtime. */
export function runInSandbox(quickjs: QuickJSWASMModule, job: GradingJob): GradingResult {
  const started = performance.now();
  const deadline = Date.now() + job.limits.cpuMs;
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const tests: TestResult[] = [];

  const files = new Map(job.files.map((f) => [moduleKey(f.path), f]));
  const commonJsNames = new Map<string, string[]>();
  const runtime: QuickJSRuntime = quickjs.newRuntime();
  runtime.setMemoryLimit(job.limits.memoryBytes);
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  runtime.setInterruptHandler(() => Date.now() > deadline);
  const vm: QuickJSContext = runtime.newContext();

  const evaluate = (code: string, filename: string, type: 'global' | 'module' = 'global') => {
    const result = vm.evalCode(code, filename, { type });
    if (result.error) {
      const dumped = safeDump(vm, result.error);
      result.error.dispose();
      throw classify(dumped, Date.now() > deadline);
    }
    const value = safeDump(vm, result.value);
    result.value.dispose();
    return value;
  };
  const pump = () => {
    const result = runtime.executePendingJobs();
    if (result.error) {
      const dumped = safeDump(vm, result.error);
      result.error.dispose();
      throw classify(dumped, Date.now() > deadline);
    }
    // An interrupt inside an async function only rejects its promise: check the clock here too.
    if (Date.now() > deadline) throw classify(null, true);
  };

  try {
    runtime.setModuleLoader((name) => {
      const key = moduleKey(name);
      if (key === '@jest/globals') return JEST_GLOBALS_MODULE;
      const file = files.get(key);
      if (!file) throw new Error(`Cannot find module '${name}'`);
      return isCommonJs(file.content)
        ? commonJsShim(key, commonJsNames.get(key) ?? [])
        : file.content;
    });
    evaluate(
      HARNESS_SOURCE.replace('__OUTPUT_LIMIT__', String(job.limits.outputChars)),
      'grader.js',
    );
    for (const file of job.files) {
      if (isCommonJs(file.content)) {
        commonJsNames.set(moduleKey(file.path), loadCommonJs(evaluate, moduleKey(file.path), file));
      }
    }
    for (const spec of job.tests) {
      evaluate(spec.content, spec.path, 'module');
      pump();
    }

    const count = Number(evaluate('__grader.count()', 'host.js'));
    for (let index = 0; index < count; index++) {
      evaluate(`__grader.start(${index})`, 'host.js');
      for (;;) {
        pump();
        if (evaluate('__grader.done()', 'host.js') === true) break;
        if (evaluate('__grader.tick()', 'host.js') !== true) {
          tests.push({
            name: String(evaluate(`__grader.name(${index})`, 'host.js')),
            status: 'error',
            message: 'This test never finished: it waits for something that never happens.',
            code: 'never-finished',
            output: null,
          });
          break;
        }
      }
      if (tests.length === index) {
        const result = JSON.parse(
          String(evaluate(`__grader.result(${index})`, 'host.js')),
        ) as TestResult | null;
        // The harness always records a result unless the sandbox itself gave out under the
        // test: out of time (checked above) or out of memory.
        if (!result) throw classify(null, Date.now() > deadline);
        tests.push({
          ...result,
          message: result.message && capText(result.message, MESSAGE_LIMIT),
        });
      }
      if (evaluate('__grader.fatal()', 'host.js') === 'memory-limit') {
        throw new Stop('memory-limit', 'memory-limit', 'The code used more memory than allowed.');
      }
    }
    return summarize(tests, elapsed());
  } catch (error) {
    if (error instanceof Stop)
      return stopped(error.status, error.code, error.message, tests, elapsed());
    throw error;
  } finally {
    try {
      vm.dispose();
      runtime.dispose();
    } catch {
      // A runtime that ran out of memory may not tear down cleanly; the worker is recycled.
    }
  }
}

function safeDump(vm: QuickJSContext, handle: QuickJSHandle): unknown {
  try {
    return vm.dump(handle);
  } catch {
    return null;
  }
}

/**
 * Evaluates a CommonJS file once, keeping its exports for `require` and for the ES module shim;
 * returns the names it exports.
 */
function loadCommonJs(
  evaluate: (code: string, filename: string) => unknown,
  key: string,
  file: SourceFile,
): string[] {
  const ref = `globalThis.__grader.modules[${JSON.stringify(key)}]`;
  evaluate(
    `${ref} = (function () {
       const module = { exports: {} };
       (function (module, exports, require) {\n${file.content}\n})(module, module.exports, globalThis.require);
       return module.exports;
     })();`,
    file.path,
  );
  const names = JSON.parse(
    String(evaluate(`JSON.stringify(Object.keys(Object(${ref})))`, 'host.js')),
  );
  return (names as string[]).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
}

/** An ES module re-exporting a CommonJS file's exports, so that `import { x }` works on it. */
function commonJsShim(key: string, names: string[]): string {
  const ref = `globalThis.__grader.modules[${JSON.stringify(key)}]`;
  return [
    `const m = ${ref};`,
    'export default m;',
    ...names.map((name) => `export const ${name} = m.${name};`),
  ].join('\n');
}
