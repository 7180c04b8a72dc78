import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built product (run `npm run build` first; `npm test` does). The
 * global set-up starts the API, which serves both apps, on a fresh database of its own.
 */
export const BASE_URL = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4310}`;

/** Debian's Chromium (or CHROMIUM_PATH), as the browser tests and the benchmarks launch it. */
export const CHROMIUM = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './tests',
  outputDir: '../tmp/e2e-results',
  globalSetup: './support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env['CI_REPORT']
    ? [['json', { outputFile: process.env['CI_REPORT'] }], ['list']]
    : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true },
    },
  ],
});
