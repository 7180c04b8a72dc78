#!/usr/bin/env node
/**
 * `npm test`: every check of the repository, in order — lint, type checks, unit tests, builds,
 * API integration tests on a real PostgreSQL, browser tests on the built product — then one
 * closing line `N passed, N failed` summing all of them. Exits non-zero if anything failed.
 *
 * Lint, type checks and builds count one check per project; test suites count their tests.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'tmp/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(command, args, { capture = false, quiet = false, env = {} } = {}) {
  if (!quiet) process.stdout.write(`\n$ ${[command, ...args].join(' ')}\n`);
  const child = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0', ...env },
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (capture && !quiet) process.stdout.write(`${child.stdout ?? ''}${child.stderr ?? ''}`);
  return { status: child.status ?? 1, output: `${child.stdout ?? ''}${child.stderr ?? ''}` };
}

function record(suite, passed, failed) {
  results.push({ suite, passed, failed });
  process.stdout.write(`\n>> ${suite}: ${passed} passed, ${failed} failed\n`);
}

function projectsWith(target) {
  const { output } = run(bin('nx'), ['show', 'projects', '--withTarget', target, '--json'], {
    capture: true,
    quiet: true,
  });
  return JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1));
}

/** One check per project: a project fails when Nx lists its task among the failed ones. */
function perProject(suite, target, projects) {
  const { status, output } = run(
    bin('nx'),
    ['run-many', '-t', target, '-p', projects.join(','), '--outputStyle=static', '--skip-nx-cache', '--nxBail=false'],
    { capture: true },
  );
  const failed = projects.filter((p) => new RegExp(`^\\s*-\\s*${p}:${target}\\b`, 'm').test(output));
  if (status !== 0 && failed.length === 0) failed.push('(nx)');
  record(suite, projects.length - failed.length, failed.length);
  return failed.length === 0;
}

function jestSuite(suite, config, extra = []) {
  const outputFile = join(reports, `${suite.replace(/\W+/g, '-')}.json`);
  run(bin('jest'), ['-c', config, '--ci', '--json', `--outputFile=${outputFile}`, ...extra]);
  if (!existsSync(outputFile)) return record(suite, 0, 1);
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A suite that fails to load has no failed tests but still fails.
  const broken = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  record(suite, report.numPassedTests, report.numFailedTests + broken);
}

// 1. Lint and type checks
perProject('lint', 'lint', projectsWith('lint'));
perProject('typecheck', 'typecheck', projectsWith('typecheck'));

// 2. Unit tests, project by project
for (const project of projectsWith('test')) {
  const { output } = run(bin('nx'), ['show', 'project', project, '--json'], { capture: true, quiet: true });
  const { targets } = JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1));
  jestSuite(`unit ${project}`, targets.test.options.jestConfig);
}

// 3. Builds of the product (needed by the browser tests)
const built = perProject('build', 'build', ['api', 'portal', 'console']);

// 4. API integration tests against a real PostgreSQL
jestSuite('integration api', 'apps/api/jest.integration.config.cts', ['--runInBand']);

/** Whether the Chromium the browser tests drive is there (as e2e/playwright.config.ts finds it). */
function chromiumMissing() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return path;
  }
}

/** How many browser tests there are, listed without a browser. */
function browserTestCount() {
  const { output } = run(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts', '--list'], {
    capture: true,
    quiet: true,
  });
  return Number(/Total: (\d+) tests?/.exec(output)?.[1] ?? 1);
}

// 5. Browser tests on the built product
const missing = chromiumMissing();
if (missing) {
  process.stdout.write(
    `\nNo Chromium at ${missing}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable. The browser tests count as failed.\n`,
  );
  record('browser e2e (not run: no Chromium)', 0, browserTestCount());
} else if (built) {
  const outputFile = join(reports, 'e2e.json');
  run(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'], { env: { CI_REPORT: outputFile } });
  if (existsSync(outputFile)) {
    const { stats } = JSON.parse(readFileSync(outputFile, 'utf8'));
    record('browser e2e', stats.expected + stats.flaky, stats.unexpected);
  } else record('browser e2e', 0, 1);
} else record('browser e2e (not run: build failed)', 0, 1);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
process.stdout.write('\nSummary\n');
for (const r of results) process.stdout.write(`  ${r.suite.padEnd(40)} ${r.passed} passed, ${r.failed} failed\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
