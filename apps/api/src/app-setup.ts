import { RequestMethod, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';

import { serveFrontends } from './common/http/frontends';
import {
  bodyParserErrors,
  refuseUnsafeFields,
  requireJsonBody,
  verifyJsonBody,
} from './common/http/json-body';
import { requestLogger } from './common/http/request-logger.middleware';
import { openApiDocument } from './common/openapi/document';
import { VALIDATION_OPTIONS } from './common/problem/validation';
import type { Settings } from './config/settings';

/** Everything about the HTTP edge, shared by the real server and the integration tests. */
export function configureApp(app: NestExpressApplication, settings: Settings): void {
  app.set('trust proxy', settings.trustProxyHops);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Angular adds component styles as <style> elements.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          // Phones on a local network reach the product over plain http.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(requestLogger);
  app.use(requireJsonBody);
  app.useBodyParser('json', { limit: settings.bodyLimit, verify: verifyJsonBody });
  app.use(bodyParserErrors);
  app.use(refuseUnsafeFields);
  app.setGlobalPrefix('api', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(new ValidationPipe(VALIDATION_OPTIONS));

  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  serveFrontends(app, settings.webDistDir);
}
