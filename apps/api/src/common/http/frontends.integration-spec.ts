import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { createTestApp, type TestApp } from '../../../test/test-app';

const ROOT = join(__dirname, '../../../../..');
/** Installed under a hidden folder, as in `~/.local/…` or a CI cache. */
const WEB = join(ROOT, 'tmp/.hidden', `frontends-${process.pid}`, 'web');
const SCRIPT = `export const greeting = ${JSON.stringify('Bonjour, مرحبا! '.repeat(200))};\n`;

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(WEB, path)), { recursive: true });
  writeFileSync(join(WEB, path), content);
}

describe('the built apps, served from any folder', () => {
  let t: TestApp;

  beforeAll(async () => {
    write('portal/browser/index.html', '<!doctype html><title>portal</title><pl-root></pl-root>');
    write('portal/browser/main-ABCD1234.js', SCRIPT);
    write('portal/browser/media/font-ABCD1234.woff2', Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2]));
    write('portal/browser/assessment/a picture.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('console/browser/index.html', '<!doctype html><title>console</title><pc-root></pc-root>');
    write('console/browser/chunk-EFGH5678.js', SCRIPT);
    const built = spawnSync(
      process.execPath,
      [
        join(ROOT, 'tools/web-build/precompress.mjs'),
        join(WEB, 'portal/browser'),
        join(WEB, 'console/browser'),
      ],
      { encoding: 'utf8' },
    );
    expect(built.stderr).toBe('');
    t = await createTestApp({ WEB_DIST_DIR: WEB });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(join(ROOT, 'tmp/.hidden', `frontends-${process.pid}`), { recursive: true, force: true });
  });

  it.each([
    ['/', 'portal'],
    ['/courses/some-course/items/an-item', 'portal'],
    ['/console/', 'console'],
    ['/console/cohorts/a-cohort', 'console'],
  ])('answers %s with the %s page, never cached without asking', async (path, app) => {
    const response = await t.http.get(path).set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toContain(`<title>${app}</title>`);
  });

  it('redirects /console to /console/', async () => {
    await t.http.get('/console').expect(301).expect('Location', '/console/');
  });

  it('sends brotli to browsers that accept it, gzip to others, and the file as it is otherwise', async () => {
    const path = join(WEB, 'portal/browser/main-ABCD1234.js');
    for (const [accept, encoding, length] of [
      ['gzip, deflate, br, zstd', 'br', statSync(`${path}.br`).size],
      ['gzip, deflate', 'gzip', statSync(`${path}.gz`).size],
      ['br;q=0, gzip;q=0.5', 'gzip', statSync(`${path}.gz`).size],
      ['identity', undefined, statSync(path).size],
    ] as const) {
      const response = await t.http
        .get('/main-ABCD1234.js')
        .set('Accept-Encoding', accept)
        .expect(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(Number(response.headers['content-length'])).toBe(length);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.headers['vary']).toBe('Accept-Encoding');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.text).toBe(SCRIPT);
    }
  });

  it('serves the console files, fonts as they are, and file names with spaces', async () => {
    const chunk = await t.http
      .get('/console/chunk-EFGH5678.js')
      .set('Accept-Encoding', 'br')
      .expect(200);
    expect(chunk.headers['content-encoding']).toBe('br');
    expect(chunk.text).toBe(SCRIPT);

    const font = await t.http.get('/media/font-ABCD1234.woff2').expect(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const picture = await t.http.get('/assessment/a%20picture.svg').expect(200);
    expect(picture.headers['content-type']).toBe('image/svg+xml');
    expect(picture.headers['cache-control']).toBe('no-cache');
  });

  it('answers HEAD and conditional requests', async () => {
    const head = await t.http.head('/main-ABCD1234.js').set('Accept-Encoding', 'br').expect(200);
    const etag = head.headers['etag'];
    expect(etag).toBeTruthy();
    await t.http
      .get('/main-ABCD1234.js')
      .set('Accept-Encoding', 'br')
      .set('If-None-Match', etag)
      .expect(304);
  });

  it('leaves unknown files, compressed copies and the API to the API', async () => {
    for (const path of ['/missing-ABCD1234.js', '/main-ABCD1234.js.br', '/console/missing.css']) {
      const response = await t.http.get(path).expect(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    await t.http.get('/api/no-such-route').expect(404);
    await t.http.get('/health').expect(200);
  });
});
