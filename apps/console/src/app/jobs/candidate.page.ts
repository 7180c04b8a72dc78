import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type CandidateProfileView,
  CourseStatus,
  type CourseView,
  type JobView,
  type MatchResult,
  type RightToWork,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { formatDate } from '../assessment/format';
import { Saving } from '../courses/saving';
import { OrganisationsApi } from '../organisations/organisations.api';
import { spokenLanguageName } from '../shared/spoken-languages';
import { CandidateLevelsComponent } from './candidate-levels.component';
import { checkText, type CheckWords, formatYearMonth, matchFromState } from './candidates';
import { skillLabel } from './jobs';

/**
 * One candidate for a job, as they share themselves: only the sections they chose, each shown
 * when present. Opening this page is recorded, and the candidate sees who looked; the page
 * says so. The match for this job comes from the list (or is asked again when opened directly).
 */
@Component({
  selector: 'pc-candidate-page',
  imports: [RouterLink, IconComponent, TranslatePipe, MessagePipe, CandidateLevelsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './candidates.page.css', './candidate.page.css'],
  templateUrl: './candidate.page.html',
})
export class CandidatePage {
  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();
  readonly jobId = input.required<string>();
  readonly learnerId = input.required<string>();

  protected readonly candidate = signal<CandidateProfileView | null>(null);
  protected readonly job = signal<JobView | null>(null);
  protected readonly match = signal<MatchResult | null>(null);
  private readonly courses = signal<CourseView[]>([]);
  protected readonly loading = new Saving();
  protected readonly skillLabel = skillLabel;
  /** The list's match, handed over with the navigation that opened this page. */
  private readonly handedOver = matchFromState(
    untracked(() => this.router.currentNavigation()?.extras.state) ?? history.state,
  );

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

  constructor() {
    effect(() => {
      const jobId = this.jobId();
      const learnerId = this.learnerId();
      untracked(() => void this.load(jobId, learnerId));
    });
  }

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

  private async load(jobId: string, learnerId: string): Promise<void> {
    this.candidate.set(null);
    this.match.set(this.handedOver);
    const lang = this.i18n.language();
    await this.loading.run(async () => {
      const [candidate, job, courses] = await Promise.all([
        this.api.candidate(jobId, learnerId, lang),
        this.api.job(jobId),
        this.api.courses(lang).catch(() => [] as CourseView[]),
      ]);
      this.candidate.set(candidate);
      this.job.set(job);
      this.courses.set(courses.filter((c) => c.status === CourseStatus.Published));
    });
    if (!this.match() && this.candidate()) {
      // Opened from a link: the ranked list holds this candidate's match.
      try {
        const all = await this.api.candidates(jobId, {});
        this.match.set(all.find((c) => c.learnerId === learnerId)?.match ?? null);
      } catch {
        // The profile stands without its match.
      }
    }
  }
}
