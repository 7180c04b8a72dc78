import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type Grader, ProcessPoolGrader } from '@passerelle/grader';
import type { GradingJob, GradingResult } from '@passerelle/grading';

import { AppConfig } from '../config/app-config';

/**
 * The API's grader: a supervised pool of grader processes, started on first use. Callers see
 * only the `Grader` interface, so a queue-backed implementation can replace it later.
 */
@Injectable()
export class GraderService implements Grader, OnApplicationShutdown {
  private readonly logger = new Logger('Grader');
  private pool: Promise<ProcessPoolGrader> | null = null;

  constructor(private readonly config: AppConfig) {}

  async grade(job: GradingJob): Promise<GradingResult> {
    this.pool ??= ProcessPoolGrader.start({
      workerScript: this.config.settings.grader.workerScript,
      size: this.config.settings.grader.processes,
      onWorkerError: (text) => this.logger.warn({ message: 'grader process error output', text }),
    }).catch((error: unknown) => {
      this.pool = null;
      this.logger.error({ message: 'grader could not start', error: String(error) });
      throw error;
    });
    return (await this.pool).grade(job);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await (await pool?.catch(() => null))?.close();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
