import './register-paths';
import 'reflect-metadata';

import { databaseUrl, onServer, testServer, uniqueName } from '@passerelle/database-server';
import { buildWorkerScript } from '@passerelle/grader';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../src/database/data-source-options';

/**
 * Once per run: picks the server, then builds a template database with every migration
 * applied. Each test file copies the template into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  const { adminUrl, server } = await testServer();
  const template = uniqueName('passerelle_test_template');
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${template}`));
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl(adminUrl, template)),
  ).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  const worker = await buildWorkerScript();
  process.env['PASSERELLE_TEST_GRADER_WORKER'] = worker.script;
  (globalThis as Record<string, unknown>)['__passerelleTestWorker'] = worker;
  process.env['PASSERELLE_TEST_ADMIN_URL'] = adminUrl;
  process.env['PASSERELLE_TEST_TEMPLATE'] = template;
  (globalThis as Record<string, unknown>)['__passerelleTestServer'] = server;
}
