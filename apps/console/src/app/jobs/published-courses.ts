import { computed, inject, type Signal } from '@angular/core';
import { CourseStatus, type CourseView } from '@passerelle/contracts';
import { I18n, loadLatest } from '@passerelle/web-ui';

import { OrganisationsApi } from '../shared/organisations.api';

/**
 * The published courses a job may ask for, titled in the page's language and loaded again when
 * it changes. Until they come, and if they cannot load, the list is empty: requirements then
 * name their courses as unknown, and nothing else is lost. Call it in a field initialiser.
 */
export function publishedCourses(): Signal<CourseView[]> {
  const api = inject(OrganisationsApi);
  const i18n = inject(I18n);
  const published = loadLatest({
    params: () => i18n.language(),
    load: async (language) =>
      (await api.courses(language)).filter((c) => c.status === CourseStatus.Published),
    keep: true,
  });
  return computed(() => published.value() ?? []);
}
