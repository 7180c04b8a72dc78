import { HttpClient, HttpParams } from '@angular/common/http';
import { inject } from '@angular/core';
import { loadLatest } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * A home page's data from `path`, loaded again whenever `query` changes (the language, for
 * texts the API translates); what is shown stays until the new answer comes. Call it in a
 * component's field initialisers.
 */
export function homeData<T>(path: string, query: () => Record<string, string> = () => ({})) {
  const http = inject(HttpClient);
  const home = loadLatest({
    params: query,
    load: (params) =>
      firstValueFrom(http.get<T>(path, { params: new HttpParams({ fromObject: params }) })),
    keep: true,
  });
  return { data: home.value, error: home.error };
}
