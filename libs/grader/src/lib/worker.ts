import { type GradingJob, type GradingResult, stopped } from '@passerelle/grading';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

import { loadEngine, prepareSandbox, runInSandbox } from './sandbox';

export interface WorkerRequest {
  id: number;
  job: GradingJob;
}

export interface WorkerResponse {
  id: number;
  result: GradingResult;
  /** The worker's resident memory, as last read, so the pool can recycle a bloated one. */
  rss: number;
}

/**
 * The body of a grader process: it receives jobs over the IPC channel, runs each in a fresh
 * QuickJS sandbox and answers with the verdict. It holds no secrets and touches no files. A
 * process whose engine failed (not the learner's code: the engine itself) answers and exits,
 * and the pool starts another.
 */
export function serveGradingJobs(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('The grader worker must be started with an IPC channel');
  // Ready before the first job arrives: the engine, and the sandbox template in it.
  const engine = loadEngine().then((quickjs) => {
    prepareSandbox(quickjs);
    return quickjs;
  });
  // Reading the resident memory costs a system call: it is read when the sandbox's memory grew
  // (what makes a grader process grow) and every 16 jobs.
  let rss = 0;
  let wasmBytes = 0;
  let jobs = 0;
  const residentMemory = (quickjs: QuickJSWASMModule) => {
    const grown = quickjs.getWasmMemory().buffer.byteLength;
    if (jobs++ % 16 === 0 || grown !== wasmBytes) {
      wasmBytes = grown;
      rss = process.memoryUsage.rss();
    }
    return rss;
  };
  process.on('message', (message: WorkerRequest) => {
    void engine.then((quickjs) => {
      let result: GradingResult;
      let failed = false;
      try {
        result = runInSandbox(quickjs, message.job);
      } catch (error) {
        failed = true;
        result = stopped(
          'error',
          'grader-failed',
          `The grader failed: ${error instanceof Error ? error.message : String(error)}`,
          [],
          0,
        );
      }
      const response: WorkerResponse = { id: message.id, result, rss: residentMemory(quickjs) };
      send(response, undefined, undefined, () => {
        if (failed) process.exit(1);
      });
    });
  });
  // A grader process lives only as long as the process that started it.
  process.on('disconnect', () => process.exit(0));
}
