import { randomFillSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

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
/** The C stack of the QuickJS build (`-s STACK_SIZE=5MB` in quickjs-emscripten's Variant.mk). */
const WASM_STACK_BYTES = 5 * 1024 * 1024;
const PAGE_BYTES = 65536;

let engine: Promise<QuickJSWASMModule> | undefined;
/** Where each engine's C stack starts (it grows down), read from its WebAssembly file. */
const stackTops = new WeakMap<QuickJSWASMModule, number>();

/**
 * The QuickJS engine (WebAssembly), loaded once per process and used only by the grader:
 * runInSandbox resets the engine's whole memory for every run, so nothing else may keep a
 * runtime in it. The module loader is required statically rather than through the variant's
 * dynamic import(), so that bundlers and test runners see it.
 */
export function loadEngine(): Promise<QuickJSWASMModule> {
  engine ??= (async () => {
    let wasmFile: string | undefined;
    const quickjs = await newQuickJSWASMModuleFromVariant({
      ...releaseSync,
      importModuleLoader: () =>
        Promise.resolve((options: Parameters<typeof emscriptenModule>[0] = {}) =>
          emscriptenModule({
            ...options,
            locateFile: (file: string, folder: string) => (wasmFile = folder + file),
          }),
        ),
    });
    const stackTop = wasmFile && stackTopOf(new Uint8Array(readFileSync(wasmFile)));
    if (stackTop) stackTops.set(quickjs, stackTop);
    return quickjs;
  })();
  return engine;
}

/**
 * The initial value of the stack pointer, the only global of an Emscripten build: the C stack
 * lies below it and the heap above. Undefined for a file shaped otherwise.
 */
export function stackTopOf(wasm: Uint8Array): number | undefined {
  let at = 8;
  const unsigned = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return value;
    }
  };
  while (at < wasm.length) {
    const section = wasm[at++];
    const size = unsigned();
    const next = at + size;
    if (section === 6) {
      // One global: mutable i32, initialised by i32.const (a signed LEB128) and end.
      if (unsigned() !== 1 || wasm[at] !== 0x7f || wasm[at + 1] !== 1 || wasm[at + 2] !== 0x41) {
        return undefined;
      }
      at += 3;
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = wasm[at++];
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80 && shift < 35);
      if (shift < 32 && byte & 0x40) value |= -1 << shift;
      return wasm[at] === 0x0b && value > WASM_STACK_BYTES ? value >>> 0 : undefined;
    }
    at = next;
  }
  return undefined;
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

/** What the callbacks of a template's runtime need to know about the run in progress. */
interface Run {
  deadline: number;
  load: (name: string) => string;
}

/** The harness functions the host calls, as handles taken once, before the snapshot. */
type HostCall = 'configure' | 'count' | 'start' | 'step';

/**
 * A QuickJS runtime and context with the harness evaluated and locked down, and a copy of the
 * engine's memory at that moment. Every run starts by copying that memory back: the runtime,
 * the context, the heap, the allocator and QuickJS's own state are then byte for byte what
 * they were before any learner code ran, so nothing a submission did (globals, prototypes,
 * pending jobs, timers, modules, leaked or exhausted memory) reaches the next one. This costs
 * a copy of a few hundred kilobytes instead of creating a runtime and parsing the harness.
 *
 * Only the C stack is left out of the copy: between calls into WebAssembly it holds no live
 * frame. The WebAssembly stack pointer itself is not in memory; an exception thrown through
 * WebAssembly frames could leave it astray, so after any failure of the engine itself the
 * template refuses further runs and the grader process is replaced.
 */
class Template {
  run: Run | null = null;
  broken = false;
  readonly runtime: QuickJSRuntime;
  readonly vm: QuickJSContext;
  private readonly calls: Record<HostCall, QuickJSHandle>;
  private readonly pieces: { at: number; bytes: Uint8Array }[];

  constructor(
    quickjs: QuickJSWASMModule,
    private readonly memory: WebAssembly.Memory,
    stackTop: number | undefined,
  ) {
    this.runtime = quickjs.newRuntime();
    this.runtime.setMaxStackSize(MAX_STACK_BYTES);
    this.runtime.setInterruptHandler(() => this.run !== null && Date.now() > this.run.deadline);
    this.runtime.setModuleLoader((name) => {
      if (name === '@jest/globals') return JEST_GLOBALS_MODULE;
      if (!this.run) throw new Error(`Cannot find module '${name}'`);
      return this.run.load(name);
    });
    this.vm = this.runtime.newContext();
    this.vm.unwrapResult(this.vm.evalCode(HARNESS_SOURCE, 'grader.js')).dispose();
    // Loaded here once, '@jest/globals' is in QuickJS's module cache for every run.
    this.vm
      .unwrapResult(this.vm.evalCode("import '@jest/globals';", 'globals.js', { type: 'module' }))
      .dispose();
    this.vm.unwrapResult(this.runtime.executePendingJobs());
    // Handles the host keeps across runs must exist before the snapshot.
    const api = this.vm.getProp(this.vm.global, '__grader');
    this.calls = Object.fromEntries(
      (['configure', 'count', 'start', 'step'] as const).map((name) => [
        name,
        this.vm.getProp(api, name),
      ]),
    ) as Record<HostCall, QuickJSHandle>;
    api.dispose();
    void this.vm.undefined;
    this.pieces = snapshot(new Uint8Array(memory.buffer), stackTop);
  }

  /** Copies the template's memory back and sets the run's limits. */
  reset(job: GradingJob, run: Run): void {
    if (this.broken) throw new Error('The sandbox engine failed earlier and cannot run more code.');
    const heap = new Uint8Array(this.memory.buffer);
    for (const piece of this.pieces) heap.set(piece.bytes, piece.at);
    this.run = run;
    this.runtime.setMemoryLimit(job.limits.memoryBytes);
    this.call('configure', [job.limits.outputChars, ...seeds()]);
  }

  /** Calls a harness function with numbers; reads its result as a string, if asked to. */
  call(name: HostCall, args: number[] = [], read?: 'string'): string | undefined {
    const handles = args.map((n) => this.vm.newNumber(n));
    const result = this.vm.callFunction(this.calls[name], this.vm.undefined, ...handles);
    for (const handle of handles) handle.dispose();
    if (result.error) throw this.failure(result.error);
    const value = read === 'string' ? this.vm.getString(result.value) : undefined;
    result.value.dispose();
    return value;
  }

  /** Evaluates code, for its effects only. */
  evaluate(code: string, filename: string, type: 'global' | 'module' = 'global'): void {
    const result = this.vm.evalCode(code, filename, { type });
    if (result.error) throw this.failure(result.error);
    result.value.dispose();
  }

  /** Evaluates code whose value is a string. */
  evaluateString(code: string, filename: string): string {
    const result = this.vm.evalCode(code, filename);
    if (result.error) throw this.failure(result.error);
    const value = this.vm.getString(result.value);
    result.value.dispose();
    return value;
  }

  pump(): void {
    const result = this.runtime.executePendingJobs();
    if (result.error) throw this.failure(result.error);
    // An interrupt inside an async function only rejects its promise: check the clock here too.
    if (this.timedOut()) throw classify(null, true);
  }

  timedOut(): boolean {
    return this.run !== null && Date.now() > this.run.deadline;
  }

  private failure(error: QuickJSHandle): Stop {
    const dumped = safeDump(this.vm, error);
    error.dispose();
    return classify(dumped, this.timedOut());
  }
}

/**
 * The parts of memory a run must get back: everything below the C stack (static data) and
 * the heap up to its last page that is not all zero. Above that, memory is still zero here and
 * holds nothing the restored allocator regards as in use. Should the stack not look like one
 * (its deep end written to), the whole of it is copied as well.
 */
function snapshot(
  heap: Uint8Array,
  stackTop: number | undefined,
): { at: number; bytes: Uint8Array }[] {
  const zero = Buffer.alloc(PAGE_BYTES);
  const isZero = (from: number, to: number) => {
    for (let at = from; at < to; at += PAGE_BYTES) {
      const page = heap.subarray(at, Math.min(at + PAGE_BYTES, to));
      if (!zero.subarray(0, page.length).equals(page)) return false;
    }
    return true;
  };
  let end = heap.length - (heap.length % PAGE_BYTES);
  while (end > 0 && isZero(end - PAGE_BYTES, end)) end -= PAGE_BYTES;
  const stackEnd = stackTop === undefined ? 0 : stackTop - WASM_STACK_BYTES;
  if (
    stackTop === undefined ||
    stackTop >= end ||
    stackEnd <= 0 ||
    !isZero(stackEnd, stackTop - MAX_STACK_BYTES * 4)
  ) {
    return [{ at: 0, bytes: heap.slice(0, end) }];
  }
  return [
    { at: 0, bytes: heap.slice(0, stackEnd) },
    { at: stackTop, bytes: heap.slice(stackTop, end) },
  ];
}

let seedPool = new Int32Array(0);
let seedAt = 0;

/** Four random words for a run's Math.random, from a pool filled 256 runs at a time. */
function seeds(): number[] {
  if (seedAt + 4 > seedPool.length) {
    seedPool = new Int32Array(4 * 256);
    randomFillSync(seedPool);
    seedAt = 0;
  }
  seedAt += 4;
  return Array.from(seedPool.subarray(seedAt - 4, seedAt));
}

const templates = new WeakMap<QuickJSWASMModule, Template>();

/** Prepares the engine for runInSandbox (done by the first run otherwise). */
export function prepareSandbox(quickjs: QuickJSWASMModule): void {
  if (!templates.has(quickjs)) {
    templates.set(quickjs, new Template(quickjs, quickjs.getWasmMemory(), stackTops.get(quickjs)));
  }
}

/**
 * One run of a job's tests against the learner's files, in a runtime and context that are, to
 * the byte, those of a freshly prepared sandbox (see Template). Throws only when the engine
 * itself failed; the engine then refuses further runs.
 */
export function runInSandbox(quickjs: QuickJSWASMModule, job: GradingJob): GradingResult {
  prepareSandbox(quickjs);
  const sandbox = templates.get(quickjs) as Template;
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const tests: TestResult[] = [];

  const files = new Map(job.files.map((f) => [moduleKey(f.path), f]));
  const commonJsNames = new Map<string, string[]>();
  const load = (name: string) => {
    const key = moduleKey(name);
    const file = files.get(key);
    if (!file) throw new Error(`Cannot find module '${name}'`);
    return isCommonJs(file.content)
      ? commonJsShim(key, commonJsNames.get(key) ?? [])
      : file.content;
  };

  try {
    sandbox.reset(job, { deadline: Date.now() + job.limits.cpuMs, load });
    for (const file of job.files) {
      if (isCommonJs(file.content)) {
        commonJsNames.set(moduleKey(file.path), loadCommonJs(sandbox, moduleKey(file.path), file));
      }
    }
    for (const spec of job.tests) {
      sandbox.evaluate(spec.content, spec.path, 'module');
      sandbox.pump();
    }

    const count = Number(sandbox.call('count', [], 'string'));
    for (let index = 0; index < count; index++) {
      sandbox.call('start');
      let step: string | undefined;
      do {
        sandbox.pump();
        step = sandbox.call('step', [], 'string');
      } while (step === 'waiting');
      const outcome = JSON.parse(String(step)) as {
        name: string;
        stuck: boolean;
        result: TestResult | null;
        fatal: string | null;
      };
      if (outcome.stuck) {
        tests.push({
          name: outcome.name,
          status: 'error',
          message: 'This test never finished: it waits for something that never happens.',
          code: 'never-finished',
          output: null,
        });
        continue;
      }
      // The harness always records a result unless the sandbox itself gave out under the
      // test: out of time (checked by pump) or out of memory.
      if (!outcome.result) throw classify(null, sandbox.timedOut());
      tests.push({
        ...outcome.result,
        message: outcome.result.message && capText(outcome.result.message, MESSAGE_LIMIT),
      });
      if (outcome.fatal === 'memory-limit') {
        throw new Stop('memory-limit', 'memory-limit', 'The code used more memory than allowed.');
      }
    }
    return summarize(tests, elapsed());
  } catch (error) {
    if (error instanceof Stop)
      return stopped(error.status, error.code, error.message, tests, elapsed());
    sandbox.broken = true;
    throw error;
  } finally {
    sandbox.run = null;
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
function loadCommonJs(sandbox: Template, key: string, file: SourceFile): string[] {
  const ref = `globalThis.__grader.modules[${JSON.stringify(key)}]`;
  sandbox.evaluate(
    `${ref} = (function () {
       const module = { exports: {} };
       (function (module, exports, require) {\n${file.content}\n})(module, module.exports, globalThis.require);
       return module.exports;
     })();`,
    file.path,
  );
  const names = JSON.parse(
    sandbox.evaluateString(`JSON.stringify(Object.keys(Object(${ref})))`, 'host.js'),
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
