import type { IncomingMessage, ServerResponse } from 'node:http';

import { type FieldError, ProblemType } from '@passerelle/contracts';
import type { NextFunction, Request, Response } from 'express';

import { AppError, ValidationFailed } from '../problem/app-error';

/**
 * The shape of body the API reads. Validation costs time in proportion to the values in a body
 * (and more for unknown keys), and its recursion overflows the stack on deep nesting: a 100 kB
 * body of 40,000 array elements, or nested 10,000 deep, held the API's thread for a few hundred
 * milliseconds. The largest body a route takes (a 30-question quiz in three languages) holds
 * about 1,200 values and nests less than 10 deep.
 */
export const BODY_LIMITS = { depth: 64, values: 2500 } as const;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Which of the limits a UTF-8 JSON text goes past, if any: one pass over its bytes, counting
 * nesting and values (by the commas between them) outside strings. Bytes of multi-byte
 * characters are all >= 0x80, so they never look like brackets, commas or quotes.
 */
export function exceededLimit(
  json: Uint8Array,
  limits: { depth: number; values: number },
): 'depth' | 'values' | null {
  let depth = 0;
  let commas = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === COMMA) {
      if (++commas >= limits.values) return 'values';
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limits.depth) return 'depth';
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
  }
  return null;
}

/**
 * The JSON body parser's `verify` hook: sees the raw bytes before they are parsed, and refuses
 * a body past BODY_LIMITS at the cost of one scan.
 */
export function verifyJsonBody(
  _request: IncomingMessage,
  _response: ServerResponse,
  body: Buffer,
  encoding: string,
): void {
  // RFC 8259 §8.1: JSON exchanged between systems is UTF-8. The scan below relies on it.
  if (encoding !== 'utf-8') {
    throw new AppError(
      415,
      ProblemType.UnsupportedMediaType,
      'Unsupported media type',
      'Send the request body as JSON encoded in UTF-8.',
    );
  }
  const exceeded = exceededLimit(body, BODY_LIMITS);
  if (exceeded) {
    throw new AppError(
      400,
      ProblemType.MalformedBody,
      'Malformed body',
      exceeded === 'depth'
        ? `The request body nests objects or arrays deeper than ${BODY_LIMITS.depth} levels.`
        : `The request body holds more than ${BODY_LIMITS.values} values.`,
    );
  }
}

/** A lone UTF-16 surrogate: text that JSON can carry (as `"\ud800"`) but that is not Unicode. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Keys class-transformer drops without a word (against prototype pollution): unknown fields. */
const DROPPED_KEYS = new Set(['__proto__', 'constructor']);

/**
 * Fields no validator may see: ill-formed text (validators throw on it, PostgreSQL cannot
 * store it), and keys that would be dropped out of sight of the whitelist.
 */
function unsafeFields(value: unknown, path: string, found: FieldError[]): FieldError[] {
  if (typeof value === 'string' && LONE_SURROGATE.test(value)) {
    found.push({ field: path, code: 'isWellFormed', message: `${path} must be well-formed text` });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // A field is named in well-formed text even when its own name is not.
      const name = key.replace(/\p{Cs}/gu, '\ufffd');
      const field = path ? `${path}.${name}` : name;
      if (DROPPED_KEYS.has(key)) {
        found.push({
          field,
          code: 'whitelistValidation',
          message: `property ${field} should not exist`,
        });
      } else unsafeFields(LONE_SURROGATE.test(key) ? key : item, field, found);
    }
  }
  return found;
}

/**
 * Refuses ill-formed text and `__proto__` or `constructor` keys anywhere in the body or the
 * query, naming each field, before guards and validation see them. (Path parameters cannot
 * hold ill-formed text: a path that does not decode is refused by the router.)
 */
export function refuseUnsafeFields(request: Request, _response: Response, next: NextFunction) {
  const errors = unsafeFields(request.query, '', unsafeFields(request.body, '', []));
  if (errors.length === 0) return next();
  const fields = errors.map((e) => e.field).join(', ');
  next(new ValidationFailed(errors, `Invalid fields: ${fields}.`));
}

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
