import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  type CohortDetail,
  type CohortLearner,
  CourseStatus,
  type CourseView,
  EMAIL_MAX_LENGTH,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  loadLatest,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { formatPercent } from '../shared/format';

/**
 * One cohort: its learners with their progress in each assigned course, adding and removing
 * learners, and assigning courses (which enrols every learner of the cohort).
 */
@Component({
  selector: 'pc-cohort-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort.page.html',
  styleUrls: ['../shared/tables.css', '../shared/forms.css'],
  styles: `
    /* The learner's name, and below it what they sign in with. */
    .identifier {
      display: block;
      color: var(--pa-ink-soft);
      font-size: 0.9rem;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    td:last-child {
      inline-size: 1%;
      text-align: end;
    }
    @media (max-width: 45rem) {
      .cards .num,
      .cards td:last-child {
        inline-size: auto;
        text-align: start;
      }
    }
    .assigned li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 0.75rem;
      border-block-end: 1px solid var(--pa-line);
    }
  `,
})
export class CohortPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  readonly cohortId = input.required<string>();

  /** The cohort and the courses, in the page's language (kept on screen while it changes). */
  private readonly loaded = loadLatest({
    params: () => ({ id: this.cohortId(), lang: this.i18n.language() }),
    load: async ({ id, lang }) => {
      this.actionError.set(null);
      const [cohort, courses] = await Promise.all([
        firstValueFrom(this.http.get<CohortDetail>(`/api/cohorts/${id}`, { params: { lang } })),
        firstValueFrom(this.http.get<CourseView[]>('/api/courses', { params: { lang } })),
      ]);
      return { cohort, courses };
    },
    keep: (previous, next) => previous.id === next.id,
  });
  protected readonly cohort = computed(() => this.loaded.value()?.cohort ?? null);
  protected readonly courses = computed(() => this.loaded.value()?.courses ?? []);
  private readonly actionError = signal<UiMessage | null>(null);
  protected readonly error = computed(() => this.loaded.error() ?? this.actionError());
  /** Published courses not yet assigned: the ones a mentor can still assign. */
  protected readonly assignable = computed(() => {
    const assigned = new Set(this.cohort()?.courses.map((c) => c.id));
    return this.courses().filter((c) => c.status === CourseStatus.Published && !assigned.has(c.id));
  });

  private readonly forms = inject(NonNullableFormBuilder);
  protected readonly learnerForm = this.forms.group({
    identifier: ['', [Validators.required, Validators.maxLength(EMAIL_MAX_LENGTH)]],
  });
  protected readonly learnerSubmission = new FormSubmission(this.learnerForm);
  protected readonly courseForm = this.forms.group({ courseId: ['', Validators.required] });
  protected readonly courseSubmission = new FormSubmission(this.courseForm);

  /** The learner's progress in the course, as the mentor's language writes a percent. */
  protected percent(learner: CohortLearner, courseId: string): string {
    const done = learner.progress.find((p) => p.courseId === courseId)?.progress.percent ?? 0;
    return formatPercent(this.i18n.language(), done / 100);
  }

  protected completed(learner: CohortLearner, courseId: string): boolean {
    return learner.progress.some((p) => p.courseId === courseId && p.completedAt !== null);
  }

  protected async addLearner(): Promise<void> {
    const added = await this.learnerSubmission.run(() =>
      this.change(
        this.http.post<CohortDetail>(this.path('learners'), this.learnerForm.getRawValue()),
      ),
    );
    if (added) this.learnerSubmission.reset();
  }

  protected async assignCourse(): Promise<void> {
    const assigned = await this.courseSubmission.run(() =>
      this.change(
        this.http.post<CohortDetail>(this.path('courses'), this.courseForm.getRawValue()),
      ),
    );
    if (assigned) this.courseSubmission.reset();
  }

  protected async removeLearner(learner: CohortLearner): Promise<void> {
    await this.act(() =>
      this.change(this.http.delete<CohortDetail>(this.path(`learners/${learner.id}`))),
    );
  }

  protected async unassign(courseId: string): Promise<void> {
    await this.act(() =>
      this.change(this.http.delete<CohortDetail>(this.path(`courses/${courseId}`))),
    );
  }

  protected async remove(): Promise<void> {
    if (
      !window.confirm(this.i18n.t('cohorts.deleteConfirm', { name: this.cohort()?.name ?? '' }))
    ) {
      return;
    }
    await this.act(async () => {
      await firstValueFrom(this.http.delete<void>(this.path()));
      await this.router.navigate(['/cohorts']);
    });
  }

  private path(rest = ''): string {
    return `/api/cohorts/${this.cohortId()}${rest ? `/${rest}` : ''}`;
  }

  private async change(request: ReturnType<HttpClient['get']>): Promise<void> {
    const cohort = (await firstValueFrom(request)) as CohortDetail;
    this.loaded.update((shown) => ({ ...shown, cohort }));
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.actionError.set(null);
    try {
      await work();
    } catch (error) {
      this.actionError.set(explainError(error).message);
    }
  }
}
