import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type {
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT_TYPE } from '@passerelle/contracts';

import type { ContractSchemaName, ContractTypes } from './contract-schemas';

/** The component every error response refers to. */
export const PROBLEM_SCHEMA = 'Problem';

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A route's decorator that TypeScript checks against the route's handler: the handler must
 * return (a promise of) `R`, so the documented shape is the one the route really answers with.
 */
type Checked<R> = <H extends (...args: never[]) => R | Promise<R>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<H>,
) => void;

type SuccessStatus = 200 | 201 | 202;

function success(
  status: number,
  schema: SchemaObject | ReferenceObject | undefined,
  description: string,
) {
  return applyDecorators(
    ApiResponse({
      status,
      description,
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
    }),
  );
}

/** The route answers `status` with the contract `name` (e.g. `@Returns(200, 'CourseOutline')`). */
export function Returns<K extends ContractSchemaName>(
  status: SuccessStatus,
  name: K,
  description: string = name,
): Checked<ContractTypes[K]> {
  return success(status, schemaRef(name), description);
}

/** The route answers `status` with a list of the contract `name`. */
export function ReturnsList<K extends ContractSchemaName>(
  status: SuccessStatus,
  name: K,
  description = `A list of ${name}`,
): Checked<ContractTypes[K][]> {
  return success(status, { type: 'array', items: schemaRef(name) }, description);
}

/** The route answers with a shape no contract names: `schema` describes it. */
export function ReturnsSchema(
  status: SuccessStatus,
  schema: SchemaObject,
  description: string,
): Checked<unknown> {
  return success(status, schema, description);
}

/** The route answers `status` (204, or 202) without a body. */
export function ReturnsNothing(status: 202 | 204, description: string): Checked<void> {
  return success(status, undefined, description);
}

/** What each error status means, wherever a route does not say more. */
export const PROBLEM_DESCRIPTIONS = {
  400: 'Invalid request: the problem names each field (`errors`)',
  401: 'No valid access token',
  403: 'The account may not do this',
  404: 'Not found, or not visible to this account',
  409: 'Conflicts with the current state',
  410: 'No longer usable',
  413: 'The request body is too large',
  415: 'The request body is not JSON in UTF-8',
  429: 'Too many requests from this client address (see `Retry-After`)',
  500: 'An unexpected error on the server',
  503: 'The database cannot be reached for a moment (see `Retry-After`)',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

/** An error response: a problem document (RFC 9457). */
export function problemResponse(status: ProblemStatus, description?: string) {
  return {
    description: description ?? PROBLEM_DESCRIPTIONS[status],
    content: { [PROBLEM_CONTENT_TYPE]: { schema: schemaRef(PROBLEM_SCHEMA) } },
    ...(status === 429 || status === 503
      ? {
          headers: {
            'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
          },
        }
      : {}),
  };
}

/**
 * The errors a route's own work can answer with, beyond those every route shares (added when the
 * document is built: 400 for bad input, 401 and 403 from the guards, 429, 500 and 503):
 * `@Problems(404, 409)`, or with what they mean there, `@Problems({ 409: 'The slug is taken' })`.
 */
export function Problems(...statuses: (ProblemStatus | Partial<Record<ProblemStatus, string>>)[]) {
  const entries: [ProblemStatus, string | undefined][] = statuses.flatMap(
    (entry): [ProblemStatus, string | undefined][] =>
      typeof entry === 'number'
        ? [[entry, undefined]]
        : Object.entries(entry).map(([status, text]): [ProblemStatus, string] => [
            Number(status) as ProblemStatus,
            text,
          ]),
  );
  return applyDecorators(
    ...entries.map(([status, description]) =>
      ApiResponse({ status, ...problemResponse(status, description) }),
    ),
  );
}
