import { HttpClient, HttpParams } from '@angular/common/http';
import { effect, inject, signal } from '@angular/core';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { firstValueFrom } from 'rxjs';

/**
 * A home page's data from `path`, loaded again whenever `query` changes (the language, for
 * texts the API translates). Call it in a component's field initialisers.
 */
export function homeData<T>(path: string, query: () => Record<string, string> = () => ({})) {
  const http = inject(HttpClient);
  const data = signal<T | null>(null);
  const error = signal<UiMessage | null>(null);
  effect(() => {
    const params = new HttpParams({ fromObject: query() });
    firstValueFrom(http.get<T>(path, { params })).then(
      (value) => {
        data.set(value);
        error.set(null);
      },
      (failure: unknown) => error.set(explainError(failure).message),
    );
  });
  return { data: data.asReadonly(), error: error.asReadonly() };
}
