import { ConsoleLogger, type LogLevel } from '@nestjs/common';

import type { Settings } from './config/settings';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Structured logs: one JSON object per line, at the configured level and above. */
export function jsonLogger(level: Settings['logLevel']): ConsoleLogger {
  return new ConsoleLogger({
    json: true,
    colors: false,
    logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1),
  });
}
