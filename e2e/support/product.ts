import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { databaseUrl, onServer, testServer, uniqueName } from '@passerelle/database-server';

const ROOT = join(__dirname, '../..');

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API stopped while starting:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy within a minute:\n${output()}`);
}

/**
 * Starts the built product at `baseUrl` on a fresh database of its own (see `testServer`); the
 * returned function stops both. With `logFile`, the API's output is also written there, for tests
 * that read what it logs (e.g. a mail sent without SMTP).
 */
export async function startProduct(
  baseUrl: string,
  env: Record<string, string>,
  logFile?: string,
): Promise<() => Promise<void>> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('Build first: npm run build');
  const { adminUrl, server } = await testServer();
  const database = uniqueName('passerelle_e2e');
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));

  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const logStream = logFile ? createWriteStream(logFile) : undefined;
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(adminUrl, database),
      PORT: new URL(baseUrl).port,
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    if (log.length < 100_000) log += chunk;
    logStream?.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitForHealth(baseUrl, child, () => log);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    logStream?.end();
    await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    await server?.stop();
  };
}
