import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

/**
 * One structured log line per request: method, path (never the query string, which may carry
 * secrets), status, duration and a request id that is echoed back to the client.
 */
export function requestLogger(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const headerId = request.header('x-request-id');
  const requestId = headerId && /^[\w-]{1,64}$/.test(headerId) ? headerId : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  response.on('finish', () => {
    const entry = {
      message: 'request',
      requestId,
      method: request.method,
      path: request.originalUrl.split('?')[0],
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
    };
    if (response.statusCode >= 500) logger.error(entry);
    else logger.log(entry);
  });
  next();
}
