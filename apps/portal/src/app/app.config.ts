import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { authInterceptor, provideSession } from '@passerelle/web-auth';
import { provideI18n, provideTranslatedTitles } from '@passerelle/web-ui';

import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    provideSession({ storageKey: 'passerelle.portal.session' }),
    provideI18n(),
    provideTranslatedTitles('app.name'),
  ],
};
