import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

import { type GradingJob, type GradingResult, stopped } from '@passerelle/grading';

import type { WorkerRequest, WorkerResponse } from './worker';

/** Grades jobs; callers do not know whether it runs here, in processes, or on other machines. */
export interface Grader {
  grade(job: GradingJob): Promise<GradingResult>;
  close(): Promise<void>;
}

export interface ProcessPoolOptions {
  /** The bundled worker script (grader-worker.js). */
  workerScript: string;
  /** Grader processes; defaults to the number of cores. */
  size?: number;
  /** A process is replaced after this many jobs... */
  maxJobsPerWorker?: number;
  /** ...or once its resident memory passes this. */
  maxRssBytes?: number;
  /** WebAssembly memory a process may grow to: QuickJS cannot allocate beyond it. */
  maxWasmBytes?: number;
  /** CPU seconds a process may use over its whole life (an OS limit, defence in depth). */
  cpuSecondsPerWorker?: number;
  /** Told what a grader process wrote to its error output (a crash, a missing module). */
  onWorkerError?: (text: string) => void;
}

interface Pending {
  job: GradingJob;
  attempts: number;
  resolve: (result: GradingResult) => void;
}

interface Worker {
  child: ChildProcess;
  busy: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
  jobs: number;
  retiring: boolean;
}

const PRLIMIT = '/usr/bin/prlimit';

/**
 * A pool of grader processes. Each runs learner code only inside QuickJS (WebAssembly), and
 * itself runs under operating-system limits: capped WebAssembly memory and V8 heap, CPU time,
 * no file writes, no core dumps, an empty working directory and an empty environment.
 * Processes are recycled after a number of jobs, when they grow, and when one is killed for
 * overrunning its wall-clock limit. A job whose process dies is retried once, then answered
 * with an `error` verdict: every job gets a verdict.
 */
export class ProcessPoolGrader implements Grader {
  private readonly workers = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly options: Required<Omit<ProcessPoolOptions, 'onWorkerError'>> &
    Pick<ProcessPoolOptions, 'onWorkerError'>;

  private constructor(
    options: ProcessPoolOptions,
    private readonly workDir: string,
  ) {
    this.options = {
      size: availableParallelism(),
      // Every run starts from a copy of the sandbox's pristine memory (see sandbox.ts), so runs
      // leave nothing behind in the engine; a new process costs ~0.2 s of CPU (WebAssembly
      // compilation and warm-up), which every 500 jobs halved throughput on two cores.
      maxJobsPerWorker: 5000,
      maxRssBytes: 512 * 1024 * 1024,
      maxWasmBytes: 256 * 1024 * 1024,
      cpuSecondsPerWorker: 600,
      // Options left undefined keep their defaults.
      ...(Object.fromEntries(
        Object.entries(options).filter(([, value]) => value !== undefined),
      ) as Partial<ProcessPoolOptions>),
      workerScript: options.workerScript,
    };
  }

  static async start(options: ProcessPoolOptions): Promise<ProcessPoolGrader> {
    if (!existsSync(options.workerScript)) {
      throw new Error(`No grader worker at ${options.workerScript}`);
    }
    const workDir = await mkdtemp(join(tmpdir(), 'passerelle-grader-'));
    const pool = new ProcessPoolGrader(options, workDir);
    for (let i = 0; i < pool.options.size; i++) pool.spawn();
    return pool;
  }

  grade(job: GradingJob): Promise<GradingResult> {
    if (this.closed) return Promise.reject(new Error('The grader is closed'));
    return new Promise((resolve) => {
      this.queue.push({ job, attempts: 0, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.resolve(stopped('error', 'grader-failed', 'The grader was shut down.', [], 0));
    }
    await Promise.all([...this.workers].map((worker) => this.stop(worker)));
    await rm(this.workDir, { recursive: true, force: true });
  }

  private spawn(): void {
    const node = [
      process.execPath,
      `--wasm-max-mem-pages=${Math.floor(this.options.maxWasmBytes / 65536)}`,
      '--max-old-space-size=128',
      this.options.workerScript,
    ];
    const limits = [`--cpu=${this.options.cpuSecondsPerWorker}`, '--fsize=0', '--core=0'];
    const [command, ...args] = existsSync(PRLIMIT) ? [PRLIMIT, ...limits, '--', ...node] : node;
    const child = spawn(command, args, {
      cwd: this.workDir,
      env: {},
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // A grader process says nothing unless something is wrong with the grader itself.
    child.stderr?.on('data', (chunk: Buffer) =>
      this.options.onWorkerError?.(chunk.toString().slice(0, 2000)),
    );
    const worker: Worker = { child, busy: null, jobs: 0, retiring: false };
    this.workers.add(worker);
    child.on('message', (response: WorkerResponse) => this.onResponse(worker, response));
    child.on('exit', () => this.onExit(worker));
    child.on('error', () => this.onExit(worker));
    this.dispatch();
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (worker.busy || worker.retiring || !worker.child.connected) continue;
      const pending = this.queue.shift();
      if (!pending) return;
      const id = this.nextId++;
      // Beyond its wall-clock limit the job's process is killed: learner code cannot hold a
      // grader forever, whatever it does inside the sandbox.
      const timer = setTimeout(() => this.overran(worker), pending.job.limits.wallMs);
      worker.busy = { ...pending, id, timer };
      const request: WorkerRequest = { id, job: pending.job };
      worker.child.send(request);
    }
  }

  private onResponse(worker: Worker, response: WorkerResponse): void {
    const busy = worker.busy;
    if (!busy || busy.id !== response.id) return;
    clearTimeout(busy.timer);
    worker.busy = null;
    worker.jobs++;
    busy.resolve(response.result);
    if (worker.jobs >= this.options.maxJobsPerWorker || response.rss > this.options.maxRssBytes) {
      this.retire(worker);
    }
    this.dispatch();
  }

  private overran(worker: Worker): void {
    const busy = worker.busy;
    if (!busy) return;
    worker.busy = null;
    busy.resolve(
      stopped(
        'timeout',
        'timeout',
        'The code ran longer than allowed and was stopped.',
        [],
        busy.job.limits.wallMs,
      ),
    );
    this.retire(worker);
  }

  private onExit(worker: Worker): void {
    if (!this.workers.delete(worker)) return;
    const busy = worker.busy;
    if (busy) {
      clearTimeout(busy.timer);
      if (busy.attempts < 1 && !this.closed) {
        this.queue.unshift({ job: busy.job, attempts: busy.attempts + 1, resolve: busy.resolve });
      } else {
        busy.resolve(
          stopped('error', 'grader-failed', 'The grader stopped while running this code.', [], 0),
        );
      }
    }
    if (!this.closed) this.spawn();
  }

  /** Replaces a process: a new one starts now, the old one is killed. */
  private retire(worker: Worker): void {
    if (worker.retiring) return;
    worker.retiring = true;
    worker.child.kill('SIGKILL');
  }

  private stop(worker: Worker): Promise<void> {
    return new Promise((resolve) => {
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve();
      worker.child.once('exit', () => resolve());
      worker.child.kill('SIGKILL');
    });
  }
}
