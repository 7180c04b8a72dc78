import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, ProblemType } from '@passerelle/contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

import { AppError, ServiceUnavailable, TooManyRequests } from './app-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable } from './database-unreachable';

const TYPE_BY_STATUS: Record<number, ProblemType> = {
  400: ProblemType.BadRequest,
  401: ProblemType.Unauthenticated,
  403: ProblemType.Forbidden,
  404: ProblemType.NotFound,
  409: ProblemType.Conflict,
  413: ProblemType.PayloadTooLarge,
  415: ProblemType.UnsupportedMediaType,
  429: ProblemType.TooManyRequests,
};

/**
 * PostgreSQL data errors that only input can cause: NUL characters, invalid encodings or text
 * representations, values out of range. Validation should stop them earlier; this is the net.
 */
const UNSTORABLE_INPUT = new Set(['22021', '22P05', '22P02', '22003', '22001']);

/**
 * A referenced record is missing: deleted meanwhile, or an id a service did not check first
 * (services check ids and answer 404; this is the net).
 */
const FOREIGN_KEY_VIOLATION = '23503';

/** A null for a column that needs a value: validation should refuse it first; this is the net. */
const NOT_NULL_VIOLATION = '23502';

function driverCode(error: QueryFailedError): string {
  return String((error.driverError as { code?: unknown }).code ?? '');
}

function titleFor(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' ')
    : 'Error';
}

/** Maps any error to an RFC 9457 problem document. Nothing the client sent yields a 500. */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof AppError) {
    return {
      type: error.type,
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      ...error.extensions,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : (response as { message?: string | string[] }).message;
    return {
      type: TYPE_BY_STATUS[status] ?? 'about:blank',
      title: titleFor(status),
      status,
      detail: Array.isArray(message) ? message.join('; ') : (message ?? error.message),
    };
  }
  if (error instanceof QueryFailedError && UNSTORABLE_INPUT.has(driverCode(error))) {
    return {
      type: ProblemType.BadRequest,
      title: 'Bad request',
      status: 400,
      detail: 'The request holds text or numbers that cannot be stored (e.g. a NUL character).',
    };
  }
  if (error instanceof QueryFailedError && driverCode(error) === NOT_NULL_VIOLATION) {
    const column = String((error.driverError as { column?: unknown }).column ?? 'a field');
    const field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    return {
      type: ProblemType.Validation,
      title: 'Invalid request',
      status: 400,
      detail: `Invalid fields: ${field}.`,
      errors: [{ field, code: 'isDefined', message: `${field} must have a value` }],
    };
  }
  if (error instanceof QueryFailedError && driverCode(error) === FOREIGN_KEY_VIOLATION) {
    return {
      type: ProblemType.Conflict,
      title: 'Conflict',
      status: 409,
      detail: 'The request refers to a record that does not exist, or no longer does.',
    };
  }
  return {
    type: ProblemType.Internal,
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side. Please try again.',
  };
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(thrown: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const error = isDatabaseUnreachable(thrown)
      ? new ServiceUnavailable(
          'The service cannot reach its database for a moment. Try again in a few seconds.',
          DATABASE_RETRY_AFTER_SECONDS,
        )
      : thrown;
    const problem = { ...toProblem(error), instance: request.originalUrl?.split('?')[0] };
    if (error !== thrown) {
      this.logger.warn({
        message: 'database unreachable',
        path: problem.instance,
        cause: thrown instanceof Error ? thrown.message : String(thrown),
      });
    } else if (problem.status >= 500) {
      this.logger.error(
        { message: 'unhandled error', path: problem.instance },
        error instanceof Error ? error.stack : String(error),
      );
    }
    if (response.headersSent) return;
    if (error instanceof TooManyRequests || error instanceof ServiceUnavailable) {
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
