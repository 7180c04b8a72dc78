import { DEFAULT_LIMITS, type GradingJob } from '@passerelle/grading';

import { buildWorkerScript } from './build-worker';
import { ProcessPoolGrader } from './process-pool';

const SPEC = `
import { expect, test } from '@jest/globals';
import { add } from './solution';
test('adds', () => expect(add(1, 2)).toBe(3));`;

const job = (solution: string, limits = {}): GradingJob => ({
  language: 'javascript',
  files: [{ path: 'solution.js', content: solution }],
  tests: [{ path: 'solution.spec.js', content: SPEC }],
  limits: { ...DEFAULT_LIMITS, ...limits },
});

describe('ProcessPoolGrader', () => {
  let worker: Awaited<ReturnType<typeof buildWorkerScript>>;
  let workerScript: string;
  let pool: ProcessPoolGrader;

  beforeAll(async () => {
    worker = await buildWorkerScript();
    workerScript = worker.script;
    pool = await ProcessPoolGrader.start({ workerScript, size: 2, maxJobsPerWorker: 3 });
  }, 30_000);

  afterAll(async () => {
    await pool.close();
    await worker.remove();
  });

  it('grades many jobs concurrently, recycling processes as it goes', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pool.grade(
          job(i % 2 ? 'export const add = (a, b) => a + b;' : 'export const add = () => 0;'),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? 'pass' : 'fail')),
    );
  });

  it('gives the sandbox no access to the process or its environment', async () => {
    const result = await pool.grade(
      job(
        "export const add = () => { throw new Error(typeof process + ' ' + typeof require('fs')); };",
      ),
    );
    expect(result.status).not.toBe('pass');
  });

  it('kills a process that overruns its wall-clock limit, and keeps serving', async () => {
    // The sandbox's own limit is set beyond the wall-clock one so that the pool must act.
    const hung = await pool.grade(
      job('while (true) {}\nexport const add = (a, b) => a + b;', { cpuMs: 60_000, wallMs: 500 }),
    );
    expect(hung).toMatchObject({ status: 'timeout', code: 'timeout' });
    const next = await pool.grade(job('export const add = (a, b) => a + b;'));
    expect(next.status).toBe('pass');
  });

  it('starts one process per core when the size is left undefined', async () => {
    const other = await ProcessPoolGrader.start({ workerScript, size: undefined });
    try {
      expect((await other.grade(job('export const add = (a, b) => a + b;'))).status).toBe('pass');
    } finally {
      await other.close();
    }
  });

  it('answers every job when closed', async () => {
    const other = await ProcessPoolGrader.start({ workerScript, size: 1 });
    const pending = other.grade(job('export const add = (a, b) => a + b;'));
    await other.close();
    expect(['pass', 'error']).toContain((await pending).status);
    await expect(other.grade(job(''))).rejects.toThrow('closed');
  });
});
