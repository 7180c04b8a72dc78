import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  PathItemObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

import { CONTRACT_SCHEMAS, type ContractSchemaName } from './contract-schemas';
import { PROBLEM_SCHEMA, problemResponse, type ProblemStatus } from './responses';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of the document, with its path and method. */
export function operationsOf(
  document: OpenAPIObject,
): { path: string; method: string; operation: OperationObject }[] {
  return Object.entries(document.paths).flatMap(([path, item]: [string, PathItemObject]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
}

/**
 * The errors a route answers with whatever it does: bad input (400) where it takes any, bodies
 * the API cannot read (413, 415) where it takes one, the per-address limit on every route (429),
 * and the database out of reach (503). A route's own errors are on its decorators.
 */
function sharedProblems(operation: OperationObject): ProblemStatus[] {
  const statuses: ProblemStatus[] = [];
  if (operation.requestBody || operation.parameters?.length) statuses.push(400);
  if (operation.requestBody) statuses.push(413, 415);
  statuses.push(429, 500, 503);
  return statuses;
}

/** The names of the contracts `value` refers to, and those they refer to in turn. */
function referencedContracts(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedContracts(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const name = key === '$ref' && typeof item === 'string' ? item.split('/').pop() : undefined;
      if (name && name in CONTRACT_SCHEMAS && !found.has(name)) {
        found.add(name);
        referencedContracts(CONTRACT_SCHEMAS[name as ContractSchemaName], found);
      } else referencedContracts(item, found);
    }
  }
  return found;
}

/**
 * The API's OpenAPI document: Nest reads the routes and request DTOs; responses are documented
 * with the contracts of `libs/contracts` (see `contract-schemas.ts`), errors as problem documents.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Passerelle API')
      .setDescription(
        'Every error is application/problem+json (RFC 9457, the `Problem` schema) with a stable ' +
          '`type`; validation problems list each field in `errors`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );

  for (const { operation } of operationsOf(document)) {
    for (const status of sharedProblems(operation)) {
      operation.responses[status] ??= problemResponse(status);
    }
  }

  const schemas = (document.components ??= {}).schemas ?? {};
  const problem: SchemaObject = {
    ...CONTRACT_SCHEMAS.ProblemDetails,
    description:
      'A problem document (RFC 9457). `type` is stable: clients tell problems apart by it, and ' +
      'fields by `errors[].code`; its other members are described below.',
  };
  const contracts = referencedContracts([document.paths, problem]);
  for (const name of [...contracts].sort()) {
    if (schemas[name]) throw new Error(`Two schemas are named ${name}: a DTO and a contract`);
    schemas[name] = CONTRACT_SCHEMAS[name as ContractSchemaName];
  }
  schemas[PROBLEM_SCHEMA] = problem;
  document.components.schemas = schemas;
  return document;
}
