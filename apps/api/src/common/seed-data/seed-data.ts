import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { type Check, parseAs, SeedDataError } from './check';

/** A folder every copy of the seed data holds; it tells the data's folder from others named seed. */
const MARKER = join('assessment', 'items');

/**
 * The folder of the seed data files (`apps/api/seed` in the repository), found from this module,
 * whatever the working directory: from the sources (Jest, ts-node) it is `seed` in an ancestor
 * folder (apps/api); in the built API it is `seed` beside main.js (copied there by the build);
 * in a benchmark bundled to tmp/ it is apps/api/seed under the workspace.
 */
function findSeedDataDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'seed'), join(dir, 'apps', 'api', 'seed')]) {
      if (existsSync(join(candidate, MARKER))) return candidate;
    }
    if (dirname(dir) === dir) break;
  }
  throw new SeedDataError(
    `Cannot find the seed data (a folder "seed" holding ${MARKER}) above ${__dirname}`,
  );
}

let seedDataDir: string | undefined;

/** The absolute path of a file or folder of the seed data, e.g. `courses/digital-basics.json`. */
export function seedDataPath(path: string): string {
  seedDataDir ??= findSeedDataDir();
  return join(seedDataDir, path);
}

/** The names of the `.json` files in a folder of the seed data, sorted. */
export function seedDataFiles(folder: string): string[] {
  return readdirSync(seedDataPath(folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * Reads a JSON file of the seed data and verifies its shape; a file that is missing, is not
 * JSON or has the wrong shape stops the caller with an error naming it.
 */
export function readSeedData<T>(path: string, shape: Check<T>): T {
  const file = seedDataPath(path);
  const where = relative(process.cwd(), file) || file;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedDataError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseAs(shape, parsed, where);
}
