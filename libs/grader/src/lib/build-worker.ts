import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The folder holding nx.json, above this file (or above the working directory). */
function workspaceRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
      if (existsSync(join(dir, 'nx.json'))) return dir;
    }
  }
  throw new Error('Cannot find the workspace root (nx.json)');
}

/**
 * Bundles the grader worker with esbuild, for tests and benchmarks that run from sources (the
 * API's build bundles it as grader-worker.js beside main.js). The QuickJS packages stay
 * external: they load their WebAssembly file from their own folder. The harness is compiled
 * from its source first, as the API's build does.
 */
export async function buildWorkerScript(): Promise<{
  script: string;
  remove: () => Promise<void>;
}> {
  const { build } = await import('esbuild');
  const root = workspaceRoot();
  // The harness the worker evaluates, compiled from its source first (see libs/grader/harness).
  execFileSync(process.execPath, [join(root, 'libs/grader/harness/compile.cjs')], {
    stdio: 'inherit',
  });
  // Inside the workspace, so that the worker finds node_modules the way the built one does.
  const outDir = join(root, 'tmp', `grader-worker-${process.pid}-${Date.now()}`);
  const outfile = join(outDir, 'grader-worker.js');
  await build({
    entryPoints: [join(root, 'libs/grader/src/worker-main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    tsconfig: join(root, 'tsconfig.base.json'),
    external: ['quickjs-emscripten-core', '@jitl/*'],
    logLevel: 'error',
  });
  return { script: outfile, remove: () => rm(outDir, { recursive: true, force: true }) };
}
