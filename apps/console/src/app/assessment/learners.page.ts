import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type AssessedLearner, COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';
import { areaLabel, groupLabel, type MessageKey } from '@passerelle/i18n';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AREA_SHORT, AreaLevelsComponent } from '../shared/area-levels.component';
import { AreaTabsComponent } from '../shared/area-tabs.component';
import { formatDate } from '../shared/format';
import { SortSelectComponent } from '../shared/sort-select.component';
import { csvFileName, downloadCsv, sortRows, TableSort, toCsv } from '../shared/table';
import { AssessmentApi } from './assessment.api';
import { ASSESSMENT_TABS } from './assessment-tabs';
import {
  dateOf,
  filterLearners,
  learnersCsv,
  type LearnerSortKey,
  learnerSortValue,
  type LearnerStatus,
  statusLabel,
  statusOf,
} from './learners';

const SORT_KEYS: readonly LearnerSortKey[] = ['name', 'cohorts', 'status', 'date', 'overall'];

function sortLabel(key: LearnerSortKey): MessageKey {
  return `results.column.${key}` as MessageKey;
}

/**
 * Learners' assessment results: the latest attempt of each learner of the mentor's cohorts
 * (every learner, for admins), narrowed by cohort and a search, sortable, and downloadable as
 * the very table shown. The cohort lives in the address, so a filtered list can be shared.
 */
@Component({
  selector: 'pc-learners-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MessagePipe,
    AreaLevelsComponent,
    AreaTabsComponent,
    SortSelectComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/dense-tables.css'],
  templateUrl: './learners.page.html',
})
export class LearnersPage {
  protected readonly tabs = ASSESSMENT_TABS;
  private readonly api = inject(AssessmentApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  readonly cohortId = input<string>();

  private readonly list = loadLatest({
    params: () => this.cohortId(),
    load: (cohortId) => this.api.learners(cohortId),
  });
  protected readonly learners = this.list.value;
  protected readonly error = this.list.error;
  protected readonly loading = this.list.busy;
  /** The filter's choices; the list still works without them. */
  private readonly cohortChoices = loadLatest({ load: () => this.api.cohorts() });
  protected readonly cohorts = computed(() => this.cohortChoices.value() ?? []);
  protected readonly search = signal('');
  protected readonly sort = new TableSort<LearnerSortKey>({ key: 'date', descending: true }, [
    'date',
    'overall',
  ]);
  protected readonly sortKeys = SORT_KEYS;
  protected readonly sortLabel = sortLabel;
  protected readonly sortColumns = SORT_KEYS.map((key) => ({ key, label: sortLabel(key) }));
  protected readonly areas = COMPETENCE_AREAS;
  protected readonly short = AREA_SHORT;
  protected readonly areaLabel = areaLabel;
  protected readonly groupLabel = groupLabel;
  protected readonly statusLabel = statusLabel;

  protected readonly shown = computed(() =>
    sortRows(
      filterLearners(this.learners() ?? [], this.search()),
      this.sort.state(),
      learnerSortValue,
    ),
  );
  protected readonly assessedCount = computed(
    () => (this.learners() ?? []).filter((l) => l.latest?.status === 'completed').length,
  );

  protected filterCohort(cohortId: string): void {
    void this.router.navigate([], {
      queryParams: { cohortId: cohortId || null },
      queryParamsHandling: 'merge',
    });
  }

  protected status(learner: AssessedLearner): LearnerStatus {
    return statusOf(learner);
  }

  protected date(learner: AssessedLearner): string | null {
    const iso = dateOf(learner);
    return iso ? formatDate(this.i18n.language(), iso) : null;
  }

  protected exportCsv(): void {
    const t = (key: MessageKey) => this.i18n.t(key);
    const { header, rows } = learnersCsv(this.shown(), {
      name: t('results.column.name'),
      identifier: t('results.identifier'),
      cohorts: t('results.column.cohorts'),
      status: t('results.column.status'),
      date: t('results.column.date'),
      overall: t('results.column.overall'),
      group: t('results.group'),
      areas: Object.fromEntries(
        COMPETENCE_AREAS.map((area) => [area, t(areaLabel(area))]),
      ) as Record<CompetenceArea, string>,
      statusName: (status) => t(this.statusLabel(status)),
      groupName: (group) => t(groupLabel(group)),
    });
    downloadCsv(csvFileName('assessment-results'), toCsv(header, rows));
  }
}
