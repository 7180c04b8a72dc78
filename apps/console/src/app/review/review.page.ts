import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type CohortSummary,
  type CourseOutline,
  type CourseView,
  ItemKind,
  type Page,
  REVIEW_FILTERS,
  type ReviewFeedEntry,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { formatDate } from '../shared/format';

type FilterName = 'cohortId' | 'courseId' | 'itemId' | 'status';

/**
 * The review feed: submissions of the mentor's cohorts, newest first, narrowed by cohort,
 * course, exercise and status. Filters live in the address, so a filtered feed can be shared.
 */
@Component({
  selector: 'pc-review-page',
  imports: [RouterLink, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review.page.html',
})
export class ReviewPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);

  readonly cohortId = input<string>();
  readonly courseId = input<string>();
  readonly itemId = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly filters = REVIEW_FILTERS;
  /** The feed for the filters in the address, in the page's language. */
  private readonly feedLoad = loadLatest({
    params: () => ({
      cohortId: this.cohortId(),
      courseId: this.courseId(),
      itemId: this.itemId(),
      status: this.status(),
      page: this.page(),
      lang: this.i18n.language(),
    }),
    load: (query) => {
      const params = Object.fromEntries(
        Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
      );
      return firstValueFrom(
        this.http.get<Page<ReviewFeedEntry>>('/api/review/submissions', { params }),
      );
    },
  });
  protected readonly feed = this.feedLoad.value;
  /** The filters' choices: the mentor's cohorts and the courses, in the page's language. */
  private readonly choices = loadLatest({
    params: () => this.i18n.language(),
    load: async (lang) => {
      const [cohorts, courses] = await Promise.all([
        firstValueFrom(this.http.get<CohortSummary[]>('/api/cohorts')),
        firstValueFrom(this.http.get<CourseView[]>('/api/courses', { params: { lang } })),
      ]);
      return { cohorts, courses };
    },
    keep: true,
  });
  protected readonly cohorts = computed(() => this.choices.value()?.cohorts ?? []);
  protected readonly courses = computed(() => this.choices.value()?.courses ?? []);
  /** The chosen course's exercises; none when no course is chosen or they cannot load. */
  private readonly exerciseChoices = loadLatest({
    params: () => ({ courseId: this.courseId(), lang: this.i18n.language() }),
    load: async ({ courseId, lang }) => {
      if (!courseId) return [];
      const outline = await firstValueFrom(
        this.http.get<CourseOutline>(`/api/courses/${courseId}`, { params: { lang } }),
      );
      return outline.modules.flatMap((m) => m.items).filter((i) => i.kind === ItemKind.Exercise);
    },
    keep: (previous, next) => previous.courseId === next.courseId,
  });
  protected readonly exercises = computed<{ id: string; title: string }[]>(() =>
    this.exerciseChoices.error() ? [] : (this.exerciseChoices.value() ?? []),
  );
  protected readonly error = computed(() => this.feedLoad.error() ?? this.choices.error());

  protected filter(name: FilterName, value: string): void {
    const reset = name === 'courseId' ? { itemId: null } : {};
    void this.router.navigate([], {
      queryParams: { [name]: value || null, ...reset, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { page }, queryParamsHandling: 'merge' });
  }

  protected pages(feed: Page<ReviewFeedEntry>): number {
    return Math.max(1, Math.ceil(feed.total / feed.pageSize));
  }

  protected statusLabel(status: string): MessageKey {
    return `review.status.${status}` as MessageKey;
  }

  protected filterLabel(filter: string): MessageKey {
    return `review.filter.${filter}` as MessageKey;
  }

  protected when(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }
}
