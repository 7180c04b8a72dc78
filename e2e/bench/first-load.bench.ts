/**
 * `npm run bench:first-load`: the portal's first load on a slow connection. It builds the
 * product (Nx reuses an unchanged build), starts it on a fresh database, and drives Chromium under
 * slow-3G emulation (400 kbit/s both ways, 400 ms latency, cache disabled): bytes transferred and
 * the time until the sign-in form accepts typing, then the time to switch the page to Arabic.
 * Each figure is the median of `--runs` (default 3) fresh browser contexts. Ends with one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';

import { CHROMIUM } from '../playwright.config';
import { startProduct } from '../support/product';

const ROOT = join(__dirname, '../..');
const PORT = Number(process.env['BENCH_PORT'] ?? 4317);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};
const BUDGET = { firstLoadBytes: 180 * 1024, signInUsableMs: 5_000, arabicSwitchMs: 2_000 };

interface Run {
  firstLoadBytes: number;
  firstPaintMs: number;
  signInUsableMs: number;
  arabicSwitchMs: number;
  /** Until the Arabic font has arrived (the text shows in a system font until then). */
  arabicFontMs: number;
  arabicSwitchBytes: number;
  /** Font files downloaded during the English load (the Arabic font should not be). */
  fontsInEnglish: string[];
  /** Whether the page's Arabic text is drawn with Noto Sans Arabic once switched. */
  arabicFontUsed: boolean;
  requests: { url: string; bytes: number; encoding: string }[];
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function build(): void {
  if (process.argv.includes('--no-build')) return;
  const { status } = spawnSync(
    join(ROOT, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', 'api', 'portal', 'console', '--outputStyle=static'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  if (status !== 0) throw new Error('The build failed (npm run build shows why)');
}

/** Records every response's encoded size (headers and body, as sent on the wire). */
function recordTraffic(cdp: CDPSession) {
  const pending = new Map<string, { url: string; encoding: string }>();
  const finished: Run['requests'] = [];
  let inFlight = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!pending.has(event.requestId)) inFlight++;
    pending.set(event.requestId, { url: event.request.url, encoding: '' });
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = pending.get(event.requestId);
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    if (request) request.encoding = headers['content-encoding'] ?? '';
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = pending.get(event.requestId);
    if (!request) return;
    pending.delete(event.requestId);
    inFlight--;
    finished.push({ ...request, bytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => {
    if (pending.delete(event.requestId)) inFlight--;
  });
  return {
    finished,
    bytesSince: (index: number) => finished.slice(index).reduce((sum, r) => sum + r.bytes, 0),
    /** Resolves once nothing has been in flight for `quietMs`. */
    async settled(quietMs = 1_500): Promise<void> {
      let quietSince = Date.now();
      while (Date.now() - quietSince < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (inFlight > 0) quietSince = Date.now();
      }
    },
  };
}

async function waitUntil(page: Page, predicate: () => boolean, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(predicate, undefined, { polling: 'raf', timeout: timeoutMs });
}

async function measure(browser: Browser): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const traffic = recordTraffic(cdp);

  // English: from navigation until typing into the email field works.
  const start = Date.now();
  await page.goto(`${BASE_URL}/sign-in`, { waitUntil: 'commit' });
  const email = page.locator('input[autocomplete="username"]');
  await waitUntil(page, () => {
    const input = document.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    return !!input && !input.disabled;
  });
  await email.pressSequentially('a');
  if ((await email.inputValue()) !== 'a') throw new Error('Typing into the email field failed');
  const signInUsableMs = Date.now() - start;
  await traffic.settled();
  const englishRequests = traffic.finished.length;
  const firstPaintMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
  );

  // Arabic: from choosing it until the page is in Arabic, right to left.
  const switchStart = Date.now();
  await page.locator('[data-testid="language"]').selectOption('ar');
  await waitUntil(
    page,
    () =>
      document.documentElement.dir === 'rtl' &&
      /[\u0600-\u06ff]/.test(document.querySelector('main')?.textContent ?? ''),
  );
  const arabicSwitchMs = Date.now() - switchStart;
  const arabicFontUsed = await page
    .waitForFunction(
      () =>
        [...document.fonts].some(
          (font) => font.family.includes('Noto Sans Arabic') && font.status === 'loaded',
        ),
      undefined,
      { timeout: 30_000 },
    )
    .then(
      () => true,
      () => false,
    );
  const arabicFontMs = Date.now() - switchStart;
  await traffic.settled();
  await context.close();

  const requests = traffic.finished;
  return {
    firstLoadBytes: requests.slice(0, englishRequests).reduce((sum, r) => sum + r.bytes, 0),
    firstPaintMs: Math.round(firstPaintMs),
    signInUsableMs,
    arabicSwitchMs,
    arabicFontMs,
    arabicSwitchBytes: traffic.bytesSince(englishRequests),
    fontsInEnglish: requests
      .slice(0, englishRequests)
      .filter((r) => /\.woff2?$/.test(r.url))
      .map((r) => r.url.slice(BASE_URL.length)),
    arabicFontUsed,
    requests,
  };
}

async function main(): Promise<void> {
  const runs = Number(option('runs', '3'));
  build();
  const stop = await startProduct(BASE_URL, { SEED_DEMO_DATA: 'false' });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await measure(browser));
    const figure = (pick: (r: Run) => number) => median(results.map(pick));
    const firstLoadBytes = figure((r) => r.firstLoadBytes);
    const signInUsableMs = figure((r) => r.signInUsableMs);
    const arabicSwitchMs = figure((r) => r.arabicSwitchMs);
    const arabicFontMs = figure((r) => r.arabicFontMs);
    const arabicSwitchBytes = figure((r) => r.arabicSwitchBytes);
    const firstPaintMs = figure((r) => r.firstPaintMs);
    const last = results[results.length - 1];
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

    console.log(`\nPortal first load on slow 3G (400 kbit/s, 400 ms), median of ${runs} runs\n`);
    for (const r of last.requests) {
      console.log(
        `  ${kb(r.bytes).padStart(9)}  ${(r.encoding || '-').padEnd(5)} ${r.url.slice(BASE_URL.length)}`,
      );
    }
    console.log('');
    const row = (name: string, value: string, budget: string, met: boolean) =>
      console.log(
        `${name.padEnd(36)} ${value.padStart(10)}   budget ${budget.padEnd(10)} ${met ? 'met' : 'MISSED'}`,
      );
    row(
      'transferred, first load (English)',
      kb(firstLoadBytes),
      `<= ${kb(BUDGET.firstLoadBytes)}`,
      firstLoadBytes <= BUDGET.firstLoadBytes,
    );
    row('first paint (splash)', `${firstPaintMs} ms`, '-', true);
    row(
      'sign-in form accepts typing',
      `${signInUsableMs} ms`,
      `<= ${BUDGET.signInUsableMs} ms`,
      signInUsableMs <= BUDGET.signInUsableMs,
    );
    row(
      'switch to Arabic (rtl, Arabic text)',
      `${arabicSwitchMs} ms`,
      `<= ${BUDGET.arabicSwitchMs} ms`,
      arabicSwitchMs <= BUDGET.arabicSwitchMs,
    );
    row('Arabic font arrived', `${arabicFontMs} ms`, '-', true);
    row('transferred, switch to Arabic', kb(arabicSwitchBytes), '-', true);
    console.log(`fonts downloaded in English: ${last.fontsInEnglish.join(', ') || 'none'}`);
    console.log(`Arabic drawn with Noto Sans Arabic: ${last.arabicFontUsed ? 'yes' : 'no'}\n`);
    console.log(
      JSON.stringify({
        benchmark: 'first-load',
        network: { kbitPerSecond: 400, latencyMs: 400 },
        runs,
        firstLoadBytes,
        firstPaintMs,
        signInUsableMs,
        arabicSwitchMs,
        arabicFontMs,
        arabicSwitchBytes,
        fontsInEnglish: last.fontsInEnglish.length,
        arabicFontUsed: last.arabicFontUsed,
        budgets: BUDGET,
        targetsMet: {
          firstLoadBytes: firstLoadBytes <= BUDGET.firstLoadBytes,
          signInUsable: signInUsableMs <= BUDGET.signInUsableMs,
          arabicSwitch: arabicSwitchMs <= BUDGET.arabicSwitchMs,
        },
      }),
    );
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
