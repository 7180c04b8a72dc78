import { ProblemType } from '@passerelle/contracts';
import type { NextFunction, Request, Response } from 'express';

import { AppError } from '../problem/app-error';

/** Bodies are JSON: any other media type is refused before it is read. */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  // A body declared as something else is refused; a request that declares no type (such as
  // a POST without a body) goes on, and its DTO decides what is missing.
  if (request.headers['content-type'] !== undefined && request.is('application/json') === false) {
    next(
      new AppError(
        415,
        ProblemType.UnsupportedMediaType,
        'Unsupported media type',
        'Send the request body as application/json.',
      ),
    );
  } else next();
}

interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

/** Turns the JSON body parser's failures into domain errors the problem filter understands. */
export function bodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  if (error instanceof AppError || !isBodyParserError(error) || error.status >= 500) {
    return next(error);
  }
  if (error.type === 'entity.parse.failed') {
    return next(
      new AppError(
        400,
        ProblemType.MalformedBody,
        'Malformed body',
        'The request body is not valid JSON.',
      ),
    );
  }
  if (error.type === 'entity.too.large') {
    return next(
      new AppError(
        413,
        ProblemType.PayloadTooLarge,
        'Payload too large',
        'The request body is larger than the API accepts.',
      ),
    );
  }
  next(
    new AppError(
      error.status,
      error.status === 415 ? ProblemType.UnsupportedMediaType : ProblemType.BadRequest,
      'Unreadable body',
      `The request body could not be read (${error.type}).`,
    ),
  );
}
