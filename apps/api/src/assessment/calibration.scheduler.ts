import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { CalibrationService } from './calibration.service';

/** The first scheduled fit waits this long after start: start-up never waits for a fit. */
const FIRST_RUN_DELAY_MS = 5 * 60_000;

/**
 * Runs the calibration every `ASSESSMENT_FIT_INTERVAL_HOURS` hours (0: never) in this process.
 * The job fits only when enough new attempts were completed, and an advisory lock keeps two
 * instances from fitting at once; its errors are logged, never thrown. The timers do not keep
 * the process alive.
 */
@Injectable()
export class CalibrationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly calibration: CalibrationService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.config.settings.assessment.fitIntervalHours;
    if (hours <= 0) return;
    const interval = hours * 3_600_000;
    const run = () => {
      if (this.running) return;
      this.running = this.calibration.scheduledFit().finally(() => (this.running = null));
    };
    this.timer = setTimeout(
      () => {
        run();
        this.timer = setInterval(run, interval);
        this.timer.unref();
      },
      Math.min(FIRST_RUN_DELAY_MS, interval),
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
