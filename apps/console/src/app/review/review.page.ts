import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type CohortSummary,
  type CourseOutline,
  type CourseView,
  ItemKind,
  type LanguageCode,
  type Page,
  REVIEW_FILTERS,
  type ReviewFeedEntry,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

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
  protected readonly feed = signal<Page<ReviewFeedEntry> | null>(null);
  protected readonly cohorts = signal<CohortSummary[]>([]);
  protected readonly courses = signal<CourseView[]>([]);
  protected readonly exercises = signal<{ id: string; title: string }[]>([]);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    effect(() => void this.loadChoices(this.i18n.language()));
    effect(() => void this.loadExercises(this.courseId(), this.i18n.language()));
    effect(() => {
      const query = {
        cohortId: this.cohortId(),
        courseId: this.courseId(),
        itemId: this.itemId(),
        status: this.status(),
        page: this.page(),
        lang: this.i18n.language(),
      };
      void this.load(query);
    });
  }

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
    return new Intl.DateTimeFormat(this.i18n.language(), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  }

  private async load(query: Record<string, string | undefined>): Promise<void> {
    const params = Object.fromEntries(
      Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
    );
    try {
      this.error.set(null);
      this.feed.set(
        await firstValueFrom(
          this.http.get<Page<ReviewFeedEntry>>('/api/review/submissions', { params }),
        ),
      );
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }

  private async loadChoices(lang: LanguageCode): Promise<void> {
    try {
      const [cohorts, courses] = await Promise.all([
        firstValueFrom(this.http.get<CohortSummary[]>('/api/cohorts')),
        firstValueFrom(this.http.get<CourseView[]>('/api/courses', { params: { lang } })),
      ]);
      this.cohorts.set(cohorts);
      this.courses.set(courses);
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }

  private async loadExercises(courseId: string | undefined, lang: LanguageCode): Promise<void> {
    if (!courseId) {
      this.exercises.set([]);
      return;
    }
    try {
      const outline = await firstValueFrom(
        this.http.get<CourseOutline>(`/api/courses/${courseId}`, { params: { lang } }),
      );
      this.exercises.set(
        outline.modules.flatMap((m) => m.items).filter((i) => i.kind === ItemKind.Exercise),
      );
    } catch {
      this.exercises.set([]);
    }
  }
}
