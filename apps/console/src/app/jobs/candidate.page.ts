import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type CandidateProfileView,
  CourseStatus,
  type CourseView,
  NOTE_MAX_LENGTH,
  type RightToWork,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { spokenLanguageName } from '@passerelle/web-ui/spoken-languages';

import { formatDate } from '../shared/format';
import { skillLabel } from '../shared/jobs';
import { LevelChartComponent } from '../shared/level-chart.component';
import { OrganisationsApi } from '../shared/organisations.api';
import { Saving } from '../shared/saving';
import { checkText, type CheckWords, formatYearMonth } from './candidates';
import { hiringError, shortlistError, stageLabel } from './pipeline';
import { SharedContactComponent } from './shared-contact.component';

/**
 * One candidate for a job, as they share themselves: only the sections they chose, each shown
 * when present, with their match for this job and where they stand in its pipeline (or a
 * button to shortlist them), and the organisation's own notes on them. Opening this page is
 * recorded, and the candidate sees who looked; the page says so.
 */
@Component({
  selector: 'pc-candidate-page',
  imports: [
    RouterLink,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    LevelChartComponent,
    SharedContactComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './candidates.page.css', './candidate.page.css'],
  templateUrl: './candidate.page.html',
})
export class CandidatePage {
  private readonly api = inject(OrganisationsApi);
  protected readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();
  readonly jobId = input.required<string>();
  readonly learnerId = input.required<string>();

  /** The profile in the page's language when it opens, the job, and the published courses. */
  protected readonly loading = loadLatest({
    params: () => ({ jobId: this.jobId(), learnerId: this.learnerId() }),
    load: async ({ jobId, learnerId }) => {
      this.shortlistProblem.set(null);
      const lang = this.i18n.language();
      const [candidate, job, courses] = await Promise.all([
        this.api.candidate(jobId, learnerId, lang),
        this.api.job(jobId),
        this.api.courses(lang).catch(() => [] as CourseView[]),
      ]);
      return {
        candidate,
        job,
        courses: courses.filter((c) => c.status === CourseStatus.Published),
      };
    },
  });
  protected readonly candidate = computed(() => this.loading.value()?.candidate ?? null);
  protected readonly job = computed(() => this.loading.value()?.job ?? null);
  protected readonly match = computed(() => this.candidate()?.match ?? null);
  private readonly courses = computed(() => this.loading.value()?.courses ?? []);
  protected readonly skillLabel = skillLabel;
  protected readonly stageLabel = stageLabel;
  protected readonly noteMax = NOTE_MAX_LENGTH;

  protected readonly shortlisting = signal(false);
  protected readonly shortlistProblem = signal<UiMessage | null>(null);
  /** The organisation's notes, once the candidate's profile has opened. */
  private readonly opened = computed(() => this.candidate() !== null);
  private readonly notesLoad = loadLatest({
    params: () =>
      this.opened() ? { jobId: untracked(this.jobId), learnerId: untracked(this.learnerId) } : null,
    load: async (ids) => (ids ? this.api.notes(ids.jobId, ids.learnerId) : null),
    explain: (error) => hiringError(error, 'errors.generic'),
  });
  protected readonly notes = this.notesLoad.value;
  protected readonly notesError = this.notesLoad.error;
  protected readonly note = signal('');
  protected readonly noteMissing = signal(false);
  protected readonly noting = new Saving();
  protected readonly announcement = signal('');

  protected readonly shares = computed(() => {
    const c = this.candidate();
    return c ? new Set<string>(c.sections) : new Set<string>();
  });
  protected readonly checks = computed(() => {
    const language = this.i18n.language();
    const titles = new Map(this.courses().map((c) => [c.id, c.title]));
    const unknownCourse = this.i18n.t('jobs.unknownCourse');
    const words: CheckWords = {
      t: (key, params) => this.i18n.t(key, params),
      date: (iso) => formatDate(language, iso),
      language: (code) => spokenLanguageName(code, language),
      course: (id) => titles.get(id) ?? unknownCourse,
    };
    return (this.match()?.checks ?? []).map((check) => ({
      status: check.status,
      text: checkText(check, words),
    }));
  });

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }

  protected month(yearMonth: string): string {
    return formatYearMonth(this.i18n.language(), yearMonth);
  }

  protected languageName(code: string): string {
    return spokenLanguageName(code, this.i18n.language());
  }

  protected rightToWork(value: RightToWork | null): MessageKey {
    return `candidates.rightToWork.${value ?? 'unknown'}`;
  }

  protected async shortlist(candidate: CandidateProfileView): Promise<void> {
    if (this.shortlisting()) return;
    this.shortlisting.set(true);
    this.shortlistProblem.set(null);
    try {
      const entry = await this.api.shortlist(this.jobId(), candidate.learnerId);
      this.loading.update((shown) => ({
        ...shown,
        candidate: { ...shown.candidate, stage: entry.stage },
      }));
      this.announcement.set(
        this.i18n.t('hiring.moved', {
          name: candidate.displayName,
          stage: this.i18n.t(stageLabel(entry.stage)),
        }),
      );
    } catch (error) {
      this.shortlistProblem.set(shortlistError(error, this.job()?.status));
    } finally {
      this.shortlisting.set(false);
    }
  }

  protected async addNote(): Promise<void> {
    const body = this.note().trim();
    this.noteMissing.set(body === '');
    if (body === '' || this.noting.busy()) return;
    const done = await this.noting.run(async () =>
      this.notesLoad.set(await this.api.addNote(this.jobId(), this.learnerId(), body)),
    );
    if (done) {
      this.note.set('');
      this.announcement.set(this.i18n.t('authoring.saved'));
    }
  }
}
