import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT_TYPE } from '@passerelle/contracts';
import ts from 'typescript';

import { createTestApp, type TestApp } from '../../../test/test-app';
import { IS_PUBLIC, REQUIRED_ROLES } from '../auth/decorators';
import { CONTRACT_SCHEMAS } from './contract-schemas';
import { compilerOptions, currentContractTypes } from './contract-schemas.generator';
import { operationsOf } from './document';

const ROOT = resolve(__dirname, '../../../../..');

interface Route {
  operationId: string;
  method: string;
  /** The status Nest answers with when the handler returns. */
  status: number;
  isPublic: boolean;
  roles: readonly string[];
}

/** Every route handler of the running app, read from the controllers Nest registered. */
function routesOf(testApp: TestApp): Route[] {
  const routes: Route[] = [];
  for (const module of testApp.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const metadata = <T>(name: string): T | undefined =>
          (Reflect.getMetadata(name, handler) ?? Reflect.getMetadata(name, controller)) as T;
        routes.push({
          operationId: `${controller.name}_${key}`,
          method: RequestMethod[method].toLowerCase(),
          status:
            (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
            (method === RequestMethod.POST ? 201 : 200),
          isPublic: metadata<boolean>(IS_PUBLIC) === true,
          roles: metadata<string[]>(REQUIRED_ROLES) ?? [],
        });
      }
    }
  }
  return routes;
}

/** Every `$ref` in `value`. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refsIn(item, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  let testApp: TestApp;
  let document: OpenAPIObject;
  let routes: Route[];
  let operations: { path: string; method: string; operation: OperationObject }[];

  beforeAll(async () => {
    testApp = await createTestApp();
    document = (await testApp.http.get('/api/docs-json').expect(200)).body as OpenAPIObject;
    routes = routesOf(testApp);
    operations = operationsOf(document);
  });

  afterAll(() => testApp.close());

  it('has one operation for each route of the app', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(operations.map((o) => o.operation.operationId).sort()).toEqual(
      routes.map((r) => r.operationId).sort(),
    );
  });

  it('documents the success response of every operation, with its schema', () => {
    const missing: string[] = [];
    for (const route of routes) {
      const found = operations.find((o) => o.operation.operationId === route.operationId);
      const response = found?.operation.responses[route.status] as ResponseObject | undefined;
      const where = `${found?.method} ${found?.path} (${route.operationId})`;
      if (!found || found.method !== route.method) missing.push(`${route.operationId}: not found`);
      else if (!response) missing.push(`${where}: no ${route.status} response`);
      else if (route.status === 204 && response.content)
        missing.push(`${where}: a 204 with a body`);
      else if (
        route.status !== 204 &&
        route.status !== 202 &&
        !response.content?.['application/json']?.schema
      )
        missing.push(`${where}: no schema for ${route.status}`);
    }
    expect(missing).toEqual([]);
  });

  it('documents the errors of every operation as problem documents', () => {
    const missing: string[] = [];
    for (const route of routes) {
      const found = operations.find((o) => o.operation.operationId === route.operationId);
      if (!found) continue;
      const { operation } = found;
      const expected = [429, 500, 503];
      if (!route.isPublic) expected.push(401);
      if (route.roles.length) expected.push(403);
      if (operation.parameters?.length || operation.requestBody) expected.push(400);
      if (operation.requestBody) expected.push(413, 415);
      // An id in the path may name nothing (or nothing the account may see).
      if (operation.parameters?.some((p) => 'in' in p && p.in === 'path')) expected.push(404);
      const where = `${found.method} ${found.path}`;
      for (const status of expected) {
        if (!operation.responses[status]) missing.push(`${where}: no ${status}`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const schema = (response as ResponseObject).content?.[PROBLEM_CONTENT_TYPE]?.schema;
        if (!schema || !('$ref' in schema) || schema.$ref !== '#/components/schemas/Problem')
          missing.push(`${where}: ${status} is not a Problem`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a schema for every reference, and the Problem with the filter’s members', () => {
    const schemas = document.components?.schemas ?? {};
    const dangling = refsIn(document).filter(
      (ref) => !schemas[ref.replace('#/components/schemas/', '')],
    );
    expect([...new Set(dangling)]).toEqual([]);
    const emptyBodies = operations.flatMap(({ path, method, operation }) => {
      const body = operation.requestBody as { content: Record<string, { schema: object }> };
      const ref = body && refsIn(body.content['application/json']?.schema)[0];
      const schema = ref && schemas[ref.replace('#/components/schemas/', '')];
      return body && !(schema as { properties?: object })?.properties ? [`${method} ${path}`] : [];
    });
    expect(emptyBodies).toEqual([]);
    expect(Object.keys((schemas['Problem'] as { properties: object }).properties)).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'errors']),
    );
  });

  it('generates TypeScript types that compile and match the contracts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-openapi-'));
    try {
      await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'),
          'openapi.json',
          '-o',
          'api.d.ts',
        ],
        { cwd: dir, stdio: 'pipe' },
      );
      const contracts = Object.keys(document.components?.schemas ?? {}).filter(
        (name) => name in CONTRACT_SCHEMAS,
      );
      expect(contracts.length).toBeGreaterThan(50);
      // The type each schema describes, as `contract-schemas.ts` names it (e.g. `C.CourseView`).
      const types = currentContractTypes();
      const check = [
        "import type { components, paths } from './api';",
        `import type * as C from '${ROOT}/libs/contracts/src/index';`,
        'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        "type Schemas = components['schemas'];",
        // Each schema the document holds is its contract, exactly.
        ...contracts.map(
          (name) => `export const ${name}: Same<Schemas['${name}'], ${types[name]}> = true;`,
        ),
        // A few operations, as a client would use them.
        "type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;",
        "type Outline = Json<paths['/api/courses/{id}']['get']['responses'][200]>;",
        'export const outline: Same<Outline, C.CourseOutline> = true;',
        "type SignIn = paths['/api/auth/sign-in']['post'];",
        'export const signIn: Same<Json<SignIn["responses"][200]>, C.SessionResponse> = true;',
        "type SignInRefused = SignIn['responses'][401]['content']['application/problem+json'];",
        'export const problem: Same<SignInRefused, C.ProblemDetails> = true;',
        "export const body: SignIn['requestBody'] = { content: { 'application/json': { identifier: 'a', password: 'b' } } };",
      ].join('\n');
      await writeFile(join(dir, 'check.ts'), check);
      // The check file lies outside the repository, where no tslib is.
      const options = { ...compilerOptions(), rootDir: undefined, importHelpers: false };
      const program = ts.createProgram([join(dir, 'check.ts')], options);
      const errors = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 300));
      expect(errors).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
