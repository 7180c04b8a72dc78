import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type CandidateMatch, COMPETENCE_AREAS, LEVEL_MAX, LEVEL_MIN } from '@passerelle/contracts';
import { areaLabel, type MessageKey, type UiMessage } from '@passerelle/i18n';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import {
  COMMON_SPOKEN_LANGUAGE_CODES,
  spokenLanguageName,
} from '@passerelle/web-ui/spoken-languages';

import { formatDate } from '../shared/format';
import { jobStatusLabel } from '../shared/jobs';
import { OrganisationsApi } from '../shared/organisations.api';
import { SortSelectComponent } from '../shared/sort-select.component';
import { csvFileName, downloadCsv, sortRows, TableSort, toCsv } from '../shared/table';
import {
  activeFilterCount,
  CANDIDATE_SORT_KEYS,
  type CandidateFilterValue,
  candidateQuery,
  candidatesCsv,
  type CandidateSortKey,
  candidateSortValue,
  checkText,
  type CheckWords,
  filtersFromQuery,
  ranked,
} from './candidates';
import { shortlistError, stageLabel } from './pipeline';
import { publishedCourses } from './published-courses';

function columnLabel(key: CandidateSortKey): MessageKey {
  return `candidates.column.${key}`;
}

/**
 * A job's candidates, best match first: each requirement met, partly met or missing, with the
 * evidence in words, and where each stands in the job's pipeline (or a button to shortlist
 * them). Filters live in the address (so that "back" from a candidate keeps them) and go to
 * the API as they are. The table downloads as CSV, as shown.
 */
@Component({
  selector: 'pc-candidates-page',
  imports: [RouterLink, IconComponent, TranslatePipe, MessagePipe, SortSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: [
    '../shared/tables.css',
    '../shared/forms.css',
    '../shared/listings.css',
    '../shared/jobs.css',
    './candidates.page.css',
  ],
  templateUrl: './candidates.page.html',
})
export class CandidatesPage {
  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();
  readonly jobId = input.required<string>();
  // The filters, from the address.
  readonly area = input<string>();
  readonly level = input<string>();
  readonly language = input<string>();
  readonly location = input<string>();
  readonly availableBy = input<string>();
  readonly courseId = input<string>();

  protected readonly areas = COMPETENCE_AREAS;
  protected readonly levels = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => i + 1);
  protected readonly areaLabel = areaLabel;
  protected readonly statusLabel = jobStatusLabel;
  protected readonly stageLabel = stageLabel;
  protected readonly columnLabel = columnLabel;
  protected readonly sortKeys = CANDIDATE_SORT_KEYS;
  protected readonly sortColumns = CANDIDATE_SORT_KEYS.map((key) => ({
    key,
    label: columnLabel(key),
  }));
  protected readonly sort = new TableSort<CandidateSortKey>({ key: 'rank', descending: false }, [
    'score',
  ]);

  /** Filters fill a phone's screen: there they start folded, unless some are set. */
  protected readonly filtersOpenAtStart =
    typeof matchMedia !== 'function' || matchMedia('(min-width: 45rem)').matches;

  protected readonly loading = loadLatest({
    params: () => this.jobId(),
    load: (jobId) => this.api.job(jobId),
  });
  protected readonly job = this.loading.value;
  protected readonly courses = publishedCourses();
  protected readonly listing = loadLatest({
    params: () => ({ jobId: this.jobId(), query: this.query() }),
    load: ({ jobId, query }) => this.api.candidates(jobId, query),
  });
  protected readonly candidates = this.listing.value;
  /** The candidate being shortlisted, and what went wrong per candidate. */
  protected readonly shortlisting = signal<string | null>(null);
  protected readonly rowErrors = signal<Record<string, UiMessage>>({});
  protected readonly announcement = signal('');

  /** The filters in the address, as the form shows them once applied. */
  protected readonly applied = computed(() =>
    filtersFromQuery({
      area: this.area(),
      level: this.level(),
      language: this.language(),
      location: this.location(),
      availableBy: this.availableBy(),
      courseId: this.courseId(),
    }),
  );
  protected readonly query = computed(() => candidateQuery(this.applied()));
  protected readonly filterCount = computed(() => activeFilterCount(this.applied()));
  /** The form as being filled in, before "Show candidates"; the applied filters again after. */
  protected readonly form = linkedSignal<CandidateFilterValue>(() => this.applied());

  protected readonly languageOptions = computed(() => {
    const page = this.i18n.language();
    const codes = new Set(
      [...COMMON_SPOKEN_LANGUAGE_CODES, this.applied().language].filter(Boolean),
    );
    return [...codes].map((code) => ({ code, name: spokenLanguageName(code, page) }));
  });

  private readonly words = computed<CheckWords>(() => {
    const language = this.i18n.language();
    const titles = new Map(this.courses().map((c) => [c.id, c.title]));
    // Read here, so that the texts follow a change of language.
    const unknownCourse = this.i18n.t('jobs.unknownCourse');
    return {
      t: (key, params) => this.i18n.t(key, params),
      date: (iso) => formatDate(language, iso),
      language: (code) => spokenLanguageName(code, language),
      course: (id) => titles.get(id) ?? unknownCourse,
    };
  });

  protected readonly rows = computed(() => {
    const words = this.words();
    return sortRows(ranked(this.candidates() ?? []), this.sort.state(), candidateSortValue).map(
      (candidate) => ({
        ...candidate,
        checks: candidate.match.checks.map((check) => ({
          status: check.status,
          text: checkText(check, words),
        })),
      }),
    );
  });

  protected setFilter(field: keyof CandidateFilterValue, value: string): void {
    this.form.update((form) => ({ ...form, [field]: value }));
  }

  protected async apply(): Promise<void> {
    await this.router.navigate([], {
      queryParams: candidateQuery(this.form()),
      replaceUrl: true,
    });
  }

  protected async clear(): Promise<void> {
    await this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  protected async shortlist(candidate: CandidateMatch): Promise<void> {
    if (this.shortlisting()) return;
    const { learnerId } = candidate;
    this.shortlisting.set(learnerId);
    this.rowErrors.update((errors) => {
      const next = { ...errors };
      delete next[learnerId];
      return next;
    });
    try {
      const entry = await this.api.shortlist(this.jobId(), learnerId);
      this.listing.update((all) =>
        all.map((c) => (c.learnerId === learnerId ? { ...c, stage: entry.stage } : c)),
      );
      this.announcement.set(
        this.i18n.t('hiring.moved', {
          name: candidate.displayName,
          stage: this.i18n.t(stageLabel(entry.stage)),
        }),
      );
    } catch (error) {
      this.rowErrors.update((errors) => ({
        ...errors,
        [learnerId]: shortlistError(error, this.job()?.status),
      }));
    } finally {
      this.shortlisting.set(null);
    }
  }

  protected exportCsv(): void {
    const t = (key: MessageKey) => this.i18n.t(key);
    const { header, rows } = candidatesCsv(
      this.rows(),
      {
        rank: t('candidates.column.rank'),
        name: t('candidates.column.name'),
        headline: t('candidates.column.headline'),
        stage: t('hiring.stage'),
        score: t('candidates.column.score'),
        met: t('candidates.status.met'),
        partly: t('candidates.status.partly'),
        missing: t('candidates.status.missing'),
      },
      this.words(),
    );
    downloadCsv(csvFileName('candidates'), toCsv(header, rows));
  }
}
