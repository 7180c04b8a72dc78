/**
 * The benchmark's second baseline, never used for grading: a fresh node process per submission
 * that runs the tests directly in node's own engine, with the same Jest-subset harness but no
 * sandbox, no WebAssembly and no limits — the least a process-per-submission grader could do.
 * Started with --experimental-vm-modules (for ES modules held in memory) and an IPC channel.
 */
import { runInThisContext, SourceTextModule, SyntheticModule } from 'node:vm';

import {
  type GradingJob,
  type GradingResult,
  stopped,
  summarize,
  type TestResult,
} from '@passerelle/grading';

import { HARNESS_SOURCE } from '../src/lib/harness';

interface Harness {
  globals: Record<string, unknown>;
  configure(outputLimit: number, ...seed: number[]): void;
  count(): number;
  start(): void;
  /** 'waiting', or the test's outcome as JSON. */
  step(): string;
}

/** As the sandbox's moduleKey (not imported: that would load QuickJS into this process). */
const moduleKey = (name: string) =>
  name
    .replace(/^(\.\/)+/, '')
    .replace(/^\//, '')
    .replace(/\.(c|m)?js$/, '');

async function grade(job: GradingJob): Promise<GradingResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  // The harness names QuickJS's InternalError; node has none.
  Object.assign(globalThis, { InternalError: class InternalError extends Error {} });
  runInThisContext(HARNESS_SOURCE);
  const harness = (globalThis as unknown as { __grader: Harness }).__grader;
  harness.configure(job.limits.outputChars, 1, 2, 3, 4);
  const names = Object.keys(harness.globals);
  const jest = new SyntheticModule(names, function () {
    for (const name of names) this.setExport(name, harness.globals[name]);
  });
  const files = new Map(job.files.map((f) => [moduleKey(f.path), f]));
  const loaded = new Map<string, SourceTextModule>();
  const link = (specifier: string) => {
    if (specifier === '@jest/globals') return jest;
    const key = moduleKey(specifier);
    const file = files.get(key);
    if (!file) throw new Error(`Cannot find module '${specifier}'`);
    if (!loaded.has(key)) loaded.set(key, new SourceTextModule(file.content, { identifier: key }));
    return loaded.get(key) as SourceTextModule;
  };
  try {
    for (const spec of job.tests) {
      const module = new SourceTextModule(spec.content, { identifier: spec.path });
      await module.link(link);
      await module.evaluate();
    }
  } catch (error) {
    const { name, message } = error as Error;
    const code = name === 'SyntaxError' ? 'syntax-error' : 'exception';
    return stopped('error', code, `${name}: ${message}`, [], elapsed());
  }
  const tests: TestResult[] = [];
  for (let index = 0; index < harness.count(); index++) {
    harness.start();
    let step: string;
    do {
      await new Promise((resolve) => setImmediate(resolve));
      step = harness.step();
    } while (step === 'waiting');
    const outcome = JSON.parse(step) as { name: string; stuck: boolean; result: TestResult };
    tests.push(
      outcome.stuck
        ? {
            name: outcome.name,
            status: 'error',
            message: null,
            code: 'never-finished',
            output: null,
          }
        : outcome.result,
    );
  }
  return summarize(tests, elapsed());
}

process.once('message', (message: { id: number; job: GradingJob }) => {
  void grade(message.job).then((result) => process.send?.({ id: message.id, result }));
});
