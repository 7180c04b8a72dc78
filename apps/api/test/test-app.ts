import 'reflect-metadata';

import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { SessionResponse } from '@passerelle/contracts';
import { databaseUrl, onServer, uniqueName } from '@passerelle/database-server';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';

import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app-setup';
import { loadSettings } from '../src/config/settings';
import { AccountBootstrapService, DEMO_PASSWORD } from '../src/identity/account-bootstrap.service';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  /** Signs in one of the demo accounts (admin, mentor, employer, learner). */
  signIn(email: string, password?: string): Promise<SessionResponse>;
  close(): Promise<void>;
}

/**
 * The whole API on a fresh database of its own (a copy of the migrated template), with the
 * demo accounts seeded. `env` overrides settings the way environment variables would;
 * `reach` changes how the API reaches its database (e.g. through a proxy a test can cut).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  reach: (databaseUrl: string) => string = (url) => url,
): Promise<TestApp> {
  const adminUrl = process.env['PASSERELLE_TEST_ADMIN_URL'];
  const template = process.env['PASSERELLE_TEST_TEMPLATE'];
  if (!adminUrl || !template) throw new Error('Run integration tests through their Jest config');
  const database = uniqueName('passerelle_test');
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));

  const settings = {
    ...loadSettings({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      WEB_DIST_DIR: '/nonexistent',
      GRADER_WORKER_SCRIPT: process.env['PASSERELLE_TEST_GRADER_WORKER'],
      GRADER_PROCESSES: '1',
      ...env,
    }),
    runMigrations: false,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(settings, reach(databaseUrl(adminUrl, database)))],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['fatal'],
  });
  configureApp(app, settings);
  await app.init();
  await app.get(AccountBootstrapService).seedDemoAccounts();
  const http = request(app.getHttpServer());

  return {
    app,
    http,
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await http.post('/api/auth/sign-in').send({ identifier: email, password });
      if (response.status !== 200)
        throw new Error(`sign-in of ${email}: ${response.status} ${response.text}`);
      return response.body as SessionResponse;
    },
    async close() {
      await app.close();
      await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

export const DEMO = {
  admin: 'admin@passerelle.local',
  mentor: 'mentor@passerelle.local',
  employer: 'employer@passerelle.local',
  learner: 'learner@passerelle.local',
} as const;

export function bearer(session: SessionResponse): [string, string] {
  return ['Authorization', `Bearer ${session.accessToken}`];
}

/** Requests sent as one signed-in account: `as(session).post('/api/…', body).expect(201)`. */
export function requestsAs(http: TestAgent, session: SessionResponse) {
  const withToken = <T extends { set(name: string, value: string): T }>(test: T) =>
    test.set(...bearer(session));
  return {
    get: (path: string) => withToken(http.get(path)),
    post: (path: string, body: object = {}) => withToken(http.post(path)).send(body),
    put: (path: string, body: object) => withToken(http.put(path)).send(body),
    patch: (path: string, body: object) => withToken(http.patch(path)).send(body),
    delete: (path: string) => withToken(http.delete(path)),
  };
}
