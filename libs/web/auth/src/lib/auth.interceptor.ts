import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';

import { Session } from './session';

const isApi = (url: string) => url.startsWith('/api/');
const isAuthCall = (url: string) =>
  url.startsWith('/api/auth/') || url.startsWith('/api/invitations/accept');

/**
 * Adds the access token to API calls. When the API answers 401 because the token expired,
 * refreshes once and retries; if that fails too, the session is over.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(Session);
  if (!isApi(request.url) || isAuthCall(request.url)) return next(request);

  const withToken = () => {
    const token = session.accessToken();
    return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  };

  return next(withToken()).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      return from(session.refresh()).pipe(
        switchMap((refreshed) => (refreshed ? next(withToken()) : throwError(() => error))),
      );
    }),
  );
};
