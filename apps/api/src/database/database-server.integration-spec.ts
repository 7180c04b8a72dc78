import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { restartDelayMs } from '@passerelle/database-server';
import { Pool } from 'pg';

import { eventually } from '../../test/eventually';

describe('the embedded PostgreSQL', () => {
  let dir: string;
  let child: ChildProcess;
  const logged: { message: string; url?: string }[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'passerelle-supervised-pg-'));
    child = spawn(
      process.execPath,
      ['-r', 'ts-node/register', join(__dirname, '../../test/supervised-postgres.ts'), dir],
      {
        env: {
          ...process.env,
          TS_NODE_TRANSPILE_ONLY: 'true',
          TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const output = child.stdout;
    if (!output) throw new Error('no output from the server process');
    createInterface({ input: output }).on('line', (line) => logged.push(JSON.parse(line)));
    const started = await eventually(() => logged.some((e) => e.message === 'started'), 90_000);
    if (!started) throw new Error('the embedded PostgreSQL did not start');
  }, 120_000);
  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('is started again when its process dies, and a pool reconnects by itself', async () => {
    const url = logged.find((e) => e.message === 'started')?.url;
    const pool = new Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
    try {
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      const postmaster = await readFile(join(dir, 'cluster', 'postmaster.pid'), 'utf8');
      process.kill(Number(postmaster.split('\n')[0]), 'SIGKILL');
      const noticed = await eventually(() => logged.length > 1, 10_000);
      expect(noticed).toBe(true);

      const answers = await eventually(
        () =>
          pool.query('SELECT 1').then(
            () => true,
            () => false,
          ),
        30_000,
      );
      expect(answers).toBe(true);
      expect(logged.map((e) => e.message)).toEqual([
        'started',
        'embedded PostgreSQL stopped unexpectedly; restarting it',
        'embedded PostgreSQL restarted',
      ]);
    } finally {
      await pool.end();
    }
  }, 60_000);

  it('waits longer between attempts, up to 10 s', () => {
    expect([1, 2, 3, 6, 20].map(restartDelayMs)).toEqual([500, 1000, 2000, 10_000, 10_000]);
  });
});
