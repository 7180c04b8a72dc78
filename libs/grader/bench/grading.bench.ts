/**
 * `npm run bench:grading [-- --n 1000]`: grades N submissions of a 5-test exercise (a mix of
 * passing, failing and erroring solutions) through the real grader — the process pool, the
 * QuickJS sandbox, the protocol — and the same submissions through the baseline: a fresh `node`
 * process per submission that runs the same tests with the same Jest-subset harness directly in
 * node's engine (fresh-node-runner.ts), the least a process per submission costs. For
 * reference, a second baseline starts a fresh process of the grader's own worker per
 * submission (QuickJS loaded each time). All run closed-loop with the same number of
 * submissions in flight (twice the cores; the pool has one process per core), taking turns over
 * ten slices of the submissions so that other work on the machine weighs on all alike. Prints
 * median and p95 latency, throughput (submissions over the time each grader was at work) and
 * the ratios, then one JSON line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';

import { DEFAULT_LIMITS, type GradingJob, type GradingResult } from '@passerelle/grading';

import { buildWorkerScript } from '../src/lib/build-worker';
import { ProcessPoolGrader } from '../src/lib/process-pool';

const N = Number(process.argv[process.argv.indexOf('--n') + 1]) || 1000;
/** One grader process per core, as the API runs them. */
const POOL_SIZE = availableParallelism();
/**
 * Submissions in flight at once, the same for every grader: twice the cores, so that a pool
 * process has its next job waiting while the API handles the last reply, as under real load.
 */
const CONCURRENCY = 2 * POOL_SIZE;
const ROUNDS = Math.min(10, N);

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

/** What one grader did over all rounds. */
interface Sample {
  latencies: number[];
  seconds: number;
  statuses: Record<string, number>;
}

/** Grades jobs with CONCURRENCY in flight, adding to the grader's sample. */
async function closedLoop(
  jobs: GradingJob[],
  grade: (job: GradingJob) => Promise<GradingResult>,
  sample: Sample,
): Promise<void> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t = performance.now();
        const result = await grade(job);
        sample.latencies.push(performance.now() - t);
        sample.statuses[result.status] = (sample.statuses[result.status] ?? 0) + 1;
      }
    }),
  );
  sample.seconds += (performance.now() - started) / 1000;
}

function figures(sample: Sample): Figures {
  const latencies = [...sample.latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    throughputPerSecond: round(latencies.length / sample.seconds),
    statuses: sample.statuses,
  };
}

/** A baseline: a fresh node process per submission, running a grading script once. */
function gradeInFreshProcess(args: string[], job: GradingJob): Promise<GradingResult> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, args, {
      env: {},
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let verdict: GradingResult | null = null;
    child.once('message', (message: { result: GradingResult }) => {
      verdict = message.result;
      child.kill('SIGKILL');
    });
    child.once('error', reject);
    // Done once the process is gone: its whole life is the baseline's cost, and none of it
    // spills into the next grader's turn. ('close' comes after the last message, unlike 'exit'.)
    child.once('close', (code) =>
      verdict
        ? resolve(verdict)
        : reject(new Error(`${args.join(' ')} exited (${code}) without a verdict`)),
    );
    child.send({ id: 1, job });
  });
}

/** Bundles the second baseline's script beside the worker (in <workspace>/tmp/<folder>/). */
async function buildNodeRunner(workerScript: string): Promise<string> {
  const { build } = await import('esbuild');
  const folder = dirname(workerScript);
  const outfile = join(folder, 'fresh-node-runner.js');
  await build({
    entryPoints: [join(folder, '../../libs/grader/bench/fresh-node-runner.ts')],
    tsconfig: join(folder, '../../tsconfig.base.json'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const worker = await buildWorkerScript();
  const jobs = submissions();
  try {
    const nodeRunner = await buildNodeRunner(worker.script);
    const pool = await ProcessPoolGrader.start({ workerScript: worker.script, size: POOL_SIZE });
    // The API's pool runs for days: warm its processes up (JIT, caches) before measuring, as a
    // fresh process per submission never can be.
    for (let i = 0; i < 300; i++) await pool.grade(jobs[i % jobs.length]);
    const graders = [
      (job: GradingJob) => pool.grade(job),
      (job: GradingJob) =>
        gradeInFreshProcess(['--experimental-vm-modules', '--no-warnings', nodeRunner], job),
      (job: GradingJob) => gradeInFreshProcess([worker.script], job),
    ].map((grade) => ({ grade, sample: { latencies: [], seconds: 0, statuses: {} } as Sample }));
    // The machine may be shared: the graders take turns on slices of the submissions, so that
    // a burst of other work weighs on all of them alike.
    for (let turn = 0; turn < ROUNDS; turn++) {
      const slice = jobs.slice((turn * N) / ROUNDS, ((turn + 1) * N) / ROUNDS);
      for (const { grade, sample } of graders) await closedLoop(slice, grade, sample);
    }
    await pool.close();
    const [graded, baseline, sandboxed] = graders.map(({ sample }) => figures(sample));

    const ratio = round(graded.throughputPerSecond / baseline.throughputPerSecond);
    const sandboxedRatio = round(graded.throughputPerSecond / sandboxed.throughputPerSecond);
    const row = (name: string, f: Figures) =>
      `${name.padEnd(36)} ${String(f.medianMs).padStart(8)} ${String(f.p95Ms).padStart(8)} ${String(f.throughputPerSecond).padStart(10)}   ${JSON.stringify(f.statuses)}`;
    console.log(
      `\n${N} submissions of a 5-test exercise, ${CONCURRENCY} in flight, graders taking turns in ${ROUNDS} rounds\n`,
    );
    console.log(
      `${'grader'.padEnd(36)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'per second'.padStart(10)}   verdicts`,
    );
    console.log(row('process pool + QuickJS', graded));
    console.log(row('fresh node process each (baseline)', baseline));
    console.log(row('fresh node process with the sandbox', sandboxed));
    console.log(
      `\nthroughput ratio: ${ratio}x (target >= 50x); median ${graded.medianMs} ms (target <= 10 ms)`,
    );
    console.log(
      `(a fresh node process that grades in the sandbox, as the pool does: ${sandboxedRatio}x)`,
    );
    console.log(
      JSON.stringify({
        benchmark: 'grading',
        submissions: N,
        concurrency: CONCURRENCY,
        rounds: ROUNDS,
        pool: graded,
        baseline,
        sandboxedBaseline: sandboxed,
        throughputRatio: ratio,
        throughputRatioToSandboxed: sandboxedRatio,
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
