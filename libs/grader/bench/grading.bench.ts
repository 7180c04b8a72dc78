/**
 * `npm run bench:grading [-- --n 1000]`: grades N submissions of a 5-test exercise (a mix of
 * passing, failing and erroring solutions) through the real grader — the process pool, the
 * QuickJS sandbox, the protocol — and the same submissions through a baseline that starts a
 * fresh `node` process per submission to run the same tests. Both run closed-loop with as many
 * submissions in flight as there are cores. Prints median and p95 latency, throughput and the
 * ratio, then one JSON line of those figures.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

import { DEFAULT_LIMITS, type GradingJob, type GradingResult } from '@passerelle/grading';

import { buildWorkerScript } from '../src/lib/build-worker';
import { ProcessPoolGrader } from '../src/lib/process-pool';

const N = Number(process.argv[process.argv.indexOf('--n') + 1]) || 1000;
const CONCURRENCY = availableParallelism();

const SPEC = `
import { describe, expect, test } from '@jest/globals';
import { score } from './score';
describe('score', () => {
  test('empty', () => expect(score([])).toBe(0));
  test('one', () => expect(score([3])).toBe(3));
  test('many', () => expect(score([1, 2, 3, 4])).toBe(10));
  test('negatives', () => expect(score([-1, 5])).toBe(4));
  test('object', () => expect({ total: score([2, 2]) }).toEqual({ total: 4 }));
});`;

const SOLUTIONS = [
  { kind: 'pass', weight: 12, code: 'export const score = (xs) => xs.reduce((a, b) => a + b, 0);' },
  { kind: 'fail', weight: 5, code: 'export const score = (xs) => xs.length;' },
  {
    kind: 'error',
    weight: 2,
    code: 'export const score = (xs) => { return xs.reduce((a, b) => a + b, 0)',
  },
  { kind: 'error', weight: 1, code: 'export const score = () => { throw new Error("not yet"); };' },
];

function submissions(): GradingJob[] {
  const deck = SOLUTIONS.flatMap((s) => Array.from({ length: s.weight }, () => s.code));
  return Array.from({ length: N }, (_, i) => ({
    language: 'javascript',
    files: [{ path: 'score.js', content: deck[i % deck.length] }],
    tests: [{ path: 'score.spec.js', content: SPEC }],
    limits: DEFAULT_LIMITS,
  }));
}

interface Figures {
  medianMs: number;
  p95Ms: number;
  throughputPerSecond: number;
  statuses: Record<string, number>;
}

async function closedLoop(
  jobs: GradingJob[],
  grade: (job: GradingJob) => Promise<GradingResult>,
): Promise<Figures> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t = performance.now();
        const result = await grade(job);
        latencies.push(performance.now() - t);
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    throughputPerSecond: round(jobs.length / seconds),
    statuses,
  };
}

/** The baseline: a fresh node process per submission, running the same grader code once. */
function gradeInFreshProcess(script: string, job: GradingJob): Promise<GradingResult> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [script], {
      env: {},
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    child.once('message', (message: { result: GradingResult }) => {
      resolve(message.result);
      child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.send({ id: 1, job });
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const worker = await buildWorkerScript();
  const jobs = submissions();
  try {
    const pool = await ProcessPoolGrader.start({ workerScript: worker.script, size: CONCURRENCY });
    await Promise.all(jobs.slice(0, 20).map((job) => pool.grade(job))); // warm-up
    const graded = await closedLoop(jobs, (job) => pool.grade(job));
    await pool.close();
    const baseline = await closedLoop(jobs, (job) => gradeInFreshProcess(worker.script, job));

    const ratio = round(graded.throughputPerSecond / baseline.throughputPerSecond);
    const row = (name: string, f: Figures) =>
      `${name.padEnd(28)} ${String(f.medianMs).padStart(8)} ${String(f.p95Ms).padStart(8)} ${String(f.throughputPerSecond).padStart(10)}   ${JSON.stringify(f.statuses)}`;
    console.log(`\n${N} submissions of a 5-test exercise, ${CONCURRENCY} in flight\n`);
    console.log(
      `${'grader'.padEnd(28)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'per second'.padStart(10)}   verdicts`,
    );
    console.log(row('process pool + QuickJS', graded));
    console.log(row('fresh node process each', baseline));
    console.log(
      `\nthroughput ratio: ${ratio}x (target >= 50x); median ${graded.medianMs} ms (target <= 10 ms)`,
    );
    console.log(
      JSON.stringify({
        benchmark: 'grading',
        submissions: N,
        concurrency: CONCURRENCY,
        pool: graded,
        baseline,
        throughputRatio: ratio,
        targetsMet: ratio >= 50 && graded.medianMs <= 10,
      }),
    );
  } finally {
    await worker.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
