import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type AttemptReview,
  CourseStatus,
  type CourseView,
  type LanguageCode,
  languageInfo,
  PLACEMENT_NOTE_MAX_LENGTH,
  type PlacementReasonView,
  type ReviewedResponse,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey } from '@passerelle/i18n';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import {
  durationParams,
  formatDate,
  formatNumber,
  formatSigned,
  languageName,
} from '../shared/format';
import { LevelChartComponent } from '../shared/level-chart.component';
import { Saving } from '../shared/saving';
import { AreaDecisionsComponent } from './area-decisions.component';
import { AssessmentApi } from './assessment.api';
import { statusLabel } from './learners';
import { ThetaTraceComponent } from './theta-trace.component';

/**
 * One attempt as a mentor reviews it: its result profile, every item served with the answer
 * given and the one expected, how the estimate moved, and the placement, which the mentor may
 * replace with courses of their choosing. Resetting lets the learner start again at once.
 */
@Component({
  selector: 'pc-attempt-review',
  imports: [
    RouterLink,
    TranslatePipe,
    MessagePipe,
    AreaDecisionsComponent,
    LevelChartComponent,
    ThetaTraceComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: [
    '../shared/tables.css',
    '../shared/dense-tables.css',
    './attempt-review.component.css',
  ],
  templateUrl: './attempt-review.component.html',
})
export class AttemptReviewComponent {
  private readonly api = inject(AssessmentApi);
  protected readonly i18n = inject(I18n);
  readonly attemptId = input.required<string>();
  /** The attempt changed (reset, placement): the learner's list of attempts is stale. */
  readonly changed = output<AttemptReview>();

  protected readonly loading = loadLatest({
    params: () => this.attemptId(),
    load: (attemptId) => {
      this.overriding.set(false);
      this.acting.clear();
      return this.api.review(attemptId);
    },
  });
  protected readonly review = this.loading.value;
  protected readonly acting = new Saving();
  protected readonly placing = new Saving();
  protected readonly announcement = signal('');

  /** The override form: open or not, the courses ticked and the note. */
  protected readonly overriding = signal(false);
  protected readonly courses = signal<CourseView[]>([]);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly note = signal('');
  protected readonly noteMax = PLACEMENT_NOTE_MAX_LENGTH;
  protected readonly noCourse = signal(false);

  protected readonly published = computed(() =>
    this.courses().filter((course) => course.status === CourseStatus.Published),
  );
  protected readonly areaLabel = areaLabel;
  protected readonly statusLabel = statusLabel;
  protected readonly languageName = languageName;

  protected dir(code: LanguageCode): string {
    return languageInfo(code).dir;
  }

  protected when(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }

  protected signed(value: number): string {
    return formatSigned(this.i18n.language(), value);
  }

  protected plain(value: number): string {
    return formatNumber(this.i18n.language(), value);
  }

  protected duration(ms: number): string {
    const { key, params } = durationParams(ms);
    return this.i18n.t(`attempt.${key}`, params);
  }

  protected outcome(response: ReviewedResponse): 'right' | 'wrong' | 'dont-know' {
    return response.dontKnow ? 'dont-know' : response.correct ? 'right' : 'wrong';
  }

  protected outcomeLabel(response: ReviewedResponse): MessageKey {
    const outcome = this.outcome(response);
    return outcome === 'dont-know' ? 'attempt.dontKnow' : `attempt.${outcome}`;
  }

  protected reasonText(reason: PlacementReasonView): string {
    return this.i18n.t('attempt.reason', {
      area: this.i18n.t(areaLabel(reason.area)),
      level: reason.learnerLevel,
      entry: reason.courseEntry,
      target: reason.courseTarget,
    });
  }

  protected async reset(review: AttemptReview): Promise<void> {
    if (
      !window.confirm(this.i18n.t('attempt.resetConfirm', { name: review.learner.displayName }))
    ) {
      return;
    }
    const done = await this.acting.run(async () => this.update(await this.api.reset(review.id)));
    if (done) this.announcement.set(this.i18n.t('attempt.resetDone'));
  }

  protected async openOverride(review: AttemptReview): Promise<void> {
    const current =
      review.result?.override?.courseIds ??
      review.result?.recommendations.map((r) => r.courseId) ??
      [];
    this.chosen.set(new Set(current));
    this.note.set(review.result?.override?.note ?? '');
    this.noCourse.set(false);
    this.placing.clear();
    this.overriding.set(true);
    if (this.courses().length === 0) {
      await this.placing.run(async () => {
        this.courses.set(await this.api.courses(this.i18n.language()));
      });
    }
  }

  protected toggleCourse(courseId: string, checked: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (checked) next.add(courseId);
      else next.delete(courseId);
      return next;
    });
  }

  protected async saveOverride(review: AttemptReview): Promise<void> {
    // Only courses that can still be chosen: a course unpublished since is dropped.
    const courseIds = this.published()
      .map((course) => course.id)
      .filter((id) => this.chosen().has(id));
    this.noCourse.set(courseIds.length === 0);
    if (courseIds.length === 0 || this.note().length > this.noteMax) return;
    const done = await this.placing.run(async () =>
      this.update(
        await this.api.overridePlacement(review.id, { courseIds, note: this.note().trim() }),
      ),
    );
    if (done) {
      this.overriding.set(false);
      this.announcement.set(this.i18n.t('attempt.overrideDone'));
    }
  }

  protected async removeOverride(review: AttemptReview): Promise<void> {
    if (!window.confirm(this.i18n.t('attempt.removeOverrideConfirm'))) return;
    const done = await this.acting.run(async () =>
      this.update(await this.api.removeOverride(review.id)),
    );
    if (done) this.announcement.set(this.i18n.t('attempt.overrideRemoved'));
  }

  private update(review: AttemptReview): void {
    this.loading.set(review);
    this.changed.emit(review);
  }
}
