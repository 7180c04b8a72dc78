import { type GradingJob, type GradingResult, stopped } from '@passerelle/grading';

import { loadEngine, runInSandbox } from './sandbox';

export interface WorkerRequest {
  id: number;
  job: GradingJob;
}

export interface WorkerResponse {
  id: number;
  result: GradingResult;
  /** The worker's resident memory after the job, so the pool can recycle a bloated one. */
  rss: number;
}

/**
 * The body of a grader process: it receives jobs over the IPC channel, runs each in a fresh
 * QuickJS runtime and answers with the verdict. It holds no secrets and touches no files.
 */
export function serveGradingJobs(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('The grader worker must be started with an IPC channel');
  const engine = loadEngine();
  process.on('message', (message: WorkerRequest) => {
    void engine.then((quickjs) => {
      let result: GradingResult;
      try {
        result = runInSandbox(quickjs, message.job);
      } catch (error) {
        result = stopped(
          'error',
          'grader-failed',
          `The grader failed: ${error instanceof Error ? error.message : String(error)}`,
          [],
          0,
        );
      }
      const response: WorkerResponse = { id: message.id, result, rss: process.memoryUsage().rss };
      send(response);
    });
  });
  // A grader process lives only as long as the process that started it.
  process.on('disconnect', () => process.exit(0));
}
