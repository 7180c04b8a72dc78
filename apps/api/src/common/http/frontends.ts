import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Angular's hashed file names never change content, so browsers may keep them for a year. */
const HASHED = /-[A-Z0-9]{8,}\.(js|css|woff2?)$/;

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/health';
}

/**
 * Serves the built Angular apps from the API's port: the console under /console/ and the
 * portal at /. Paths without a file extension fall back to the app's index.html so that
 * deep links work; the API's own paths are left to Nest.
 */
export function serveFrontends(app: NestExpressApplication, webDistDir: string): string[] {
  const frontends = [
    { mount: '/console', dir: join(webDistDir, 'console', 'browser') },
    { mount: '/', dir: join(webDistDir, 'portal', 'browser') },
  ].filter((frontend) => existsSync(join(frontend.dir, 'index.html')));

  app.use('/console', (request: Request, response: Response, next: NextFunction) => {
    if (request.originalUrl === '/console') response.redirect(301, '/console/');
    else next();
  });
  for (const { mount, dir } of frontends) {
    app.use(
      mount,
      express.static(dir, {
        index: false,
        setHeaders: (response, path) =>
          response.setHeader(
            'Cache-Control',
            HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      }),
    );
  }
  app.use((request: Request, response: Response, next: NextFunction) => {
    const path = request.path;
    if (!['GET', 'HEAD'].includes(request.method) || isApiPath(path) || /\.\w+$/.test(path)) {
      return next();
    }
    const frontend = frontends.find(
      ({ mount }) => mount === '/' || path === mount || path.startsWith(`${mount}/`),
    );
    if (!frontend) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(frontend.dir, 'index.html'));
  });
  return frontends.map((f) => f.mount);
}
