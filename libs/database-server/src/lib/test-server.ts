import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import {
  type DatabaseServer,
  databaseUrl,
  isReachable,
  startEmbeddedPostgres,
} from './database-server';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL server tests use: TEST_DATABASE_URL or DATABASE_URL when set, else the
 * local server on 127.0.0.1:5432 when it answers, else an embedded one in a temporary folder.
 */
export async function testServer(): Promise<{ adminUrl: string; server: DatabaseServer | null }> {
  const given = process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  if (given) return { adminUrl: databaseUrl(given, 'postgres'), server: null };
  if (await isReachable(LOCAL_SERVER)) return { adminUrl: LOCAL_SERVER, server: null };
  const server = await startEmbeddedPostgres(await mkdtemp(join(tmpdir(), 'passerelle-test-pg-')));
  return { adminUrl: server.adminUrl, server };
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function onServer<T>(
  adminUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
