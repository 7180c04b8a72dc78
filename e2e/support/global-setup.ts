import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { databaseUrl } from '../../apps/api/src/database/database-server';
import { onServer, testServer, uniqueName } from '../../apps/api/test/database';
import { BASE_URL } from '../playwright.config';

const ROOT = join(__dirname, '../..');

async function waitForHealth(child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API stopped while starting:\n${output()}`);
    try {
      if ((await fetch(`${BASE_URL}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy within a minute:\n${output()}`);
}

/** Starts the built product on a database of its own; the returned function stops both. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('Build first: npm run build');
  const { adminUrl, server } = await testServer();
  const database = uniqueName('passerelle_e2e');
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));

  // The API's log, also in a file: tests read what it writes there (e.g. a mail without SMTP).
  const logFile = join(ROOT, 'tmp', `e2e-api-${Date.now().toString(36)}.log`);
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const logStream = createWriteStream(logFile);
  process.env['E2E_API_LOG'] = logFile;
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(adminUrl, database),
      PORT: new URL(BASE_URL).port,
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE_URL,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    if (log.length < 100_000) log += chunk;
    logStream.write(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    if (log.length < 100_000) log += chunk;
    logStream.write(chunk);
  });
  await waitForHealth(child, () => log);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    logStream.end();
    await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    await server?.stop();
  };
}
