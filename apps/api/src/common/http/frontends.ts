import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Angular's hashed file names never change content, so browsers may keep them for a year. */
const HASHED = /-[A-Z0-9]{8,}\.(js|css|woff2?)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The compressed copies the build writes beside a text file, in the order the server prefers. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'];

interface StaticFile {
  /** Path relative to the app's folder, with `/` separators. */
  path: string;
  encodings: Set<Encoding>;
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/health';
}

/**
 * The encodings a client accepts (RFC 9110 §12.5.3): `br;q=0` refuses brotli, `*` stands for
 * every encoding not named.
 */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = weights.get('*') ?? 0;
  return new Set(
    ENCODINGS.map((e) => e.name).filter((name) => (weights.get(name) ?? wildcard) > 0),
  );
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Every file of a built app by its URL path, with the compressed copies found beside it. */
function listFiles(dir: string): Map<string, StaticFile> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const present = new Set(names);
  const files = new Map<string, StaticFile>();
  for (const path of names) {
    const copyOf = ENCODINGS.find(({ suffix }) => path.endsWith(suffix));
    if (copyOf && present.has(path.slice(0, -copyOf.suffix.length))) continue;
    const encodings = new Set(
      ENCODINGS.filter(({ suffix }) => present.has(path + suffix)).map(({ name }) => name),
    );
    files.set(`/${path}`, { path, encodings });
  }
  return files;
}

/**
 * Sends one file of an app, compressed when the build wrote a compressed copy the client
 * accepts. `root` (rather than an absolute path) lets the product live under a hidden folder
 * such as `~/.local/…`: `send` refuses dot-segments only below its root.
 */
function sendStatic(
  request: Request,
  response: Response,
  next: NextFunction,
  dir: string,
  file: StaticFile,
  cacheControl: string,
): void {
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  const encoding = ENCODINGS.find(({ name }) => file.encodings.has(name) && accepted.has(name));
  response.type(extname(file.path));
  response.setHeader('Cache-Control', cacheControl);
  if (file.encodings.size > 0) response.vary('Accept-Encoding');
  if (encoding) response.setHeader('Content-Encoding', encoding.name);
  response.sendFile(
    file.path + (encoding?.suffix ?? ''),
    { root: dir, dotfiles: 'allow', cacheControl: false },
    (error?: Error) => {
      if (error && !response.headersSent) next(error);
    },
  );
}

/**
 * Serves the built Angular apps from the API's port: the console under /console/ and the
 * portal at /. Paths without a file extension fall back to the app's index.html so that
 * deep links work; the API's own paths are left to Nest. The files are listed once at start
 * (a build never changes under a running server).
 */
export function serveFrontends(app: NestExpressApplication, webDistDir: string): string[] {
  const frontends = [
    { mount: '/console', dir: join(webDistDir, 'console', 'browser') },
    { mount: '/', dir: join(webDistDir, 'portal', 'browser') },
  ]
    .filter((frontend) => existsSync(join(frontend.dir, 'index.html')))
    .map((frontend) => ({ ...frontend, files: listFiles(frontend.dir) }));

  app.use('/console', (request: Request, response: Response, next: NextFunction) => {
    if (request.originalUrl === '/console') response.redirect(301, '/console/');
    else next();
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const path = request.path;
    if (!['GET', 'HEAD'].includes(request.method) || isApiPath(path)) return next();
    const frontend = frontends.find(
      ({ mount }) => mount === '/' || path === mount || path.startsWith(`${mount}/`),
    );
    if (!frontend) return next();
    const inApp = frontend.mount === '/' ? path : path.slice(frontend.mount.length);
    const file = frontend.files.get(safeDecode(inApp));
    if (file) {
      const cacheControl = HASHED.test(file.path) ? IMMUTABLE : 'no-cache';
      return sendStatic(request, response, next, frontend.dir, file, cacheControl);
    }
    const index = frontend.files.get('/index.html');
    if (/\.\w+$/.test(path) || !index) return next();
    sendStatic(request, response, next, frontend.dir, index, 'no-cache');
  });
  return frontends.map((f) => f.mount);
}
