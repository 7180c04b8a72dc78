import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type BankVersionDetail,
  type CalibrationItemRow,
  COMPETENCE_AREAS,
  ProblemType,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey, type UiMessage } from '@passerelle/i18n';
import { explainError, problemOf } from '@passerelle/web-auth';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AreaTabsComponent } from '../shared/area-tabs.component';
import { formatDate, formatNumber, formatSigned } from '../shared/format';
import { SortSelectComponent } from '../shared/sort-select.component';
import { sortRows, TableSort } from '../shared/table';
import { AssessmentApi } from './assessment.api';
import { ASSESSMENT_TABS } from './assessment-tabs';
import {
  filterFits,
  FIT_SORT_DESCENDING_FIRST,
  type FitSortKey,
  fitSortValue,
  moved,
  statusKey,
} from './calibration';

/**
 * One version of the item bank: what the fit used and found (attempts, answers, convergence,
 * each area's population and the correlation between areas) and every item's parameters before
 * and after, misfits first. A proposed version is applied or rejected here, after a
 * confirmation.
 */
@Component({
  selector: 'pc-bank-version-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, AreaTabsComponent, SortSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: [
    '../shared/tables.css',
    '../shared/dense-tables.css',
    './item-bank.page.css',
    './calibration.page.css',
    './bank-version.page.css',
  ],
  templateUrl: './bank-version.page.html',
})
export class BankVersionPage {
  protected readonly tabs = ASSESSMENT_TABS;
  private readonly api = inject(AssessmentApi);
  protected readonly i18n = inject(I18n);
  readonly versionId = input.required<string>();

  private readonly loaded = loadLatest({
    params: () => this.versionId(),
    load: (id) => {
      this.reviewError.set(null);
      return this.api.version(id);
    },
  });
  protected readonly version = this.loaded.value;
  /** Why the version could not load, or why applying or rejecting it failed. */
  private readonly reviewError = signal<UiMessage | null>(null);
  protected readonly error = computed(() => this.loaded.error() ?? this.reviewError());
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');
  protected readonly area = signal('');
  protected readonly misfitsOnly = signal(false);
  protected readonly areas = COMPETENCE_AREAS;
  protected readonly areaLabel = areaLabel;
  protected readonly moved = moved;
  protected readonly sort = new TableSort<FitSortKey>(
    { key: 'misfit', descending: true },
    FIT_SORT_DESCENDING_FIRST,
  );
  protected readonly columns: { key: FitSortKey; label: MessageKey; numeric?: boolean }[] = [
    { key: 'key', label: 'calibration.column.key' },
    { key: 'area', label: 'calibration.column.area' },
    { key: 'misfit', label: 'calibration.column.fit' },
    { key: 'answers', label: 'calibration.column.answers', numeric: true },
    { key: 'a', label: 'calibration.column.a', numeric: true },
    { key: 'b', label: 'calibration.column.b', numeric: true },
    { key: 'c', label: 'calibration.column.c', numeric: true },
    { key: 'rmsd', label: 'calibration.column.rmsd', numeric: true },
  ];
  protected readonly params = ['a', 'b', 'c'] as const;

  protected readonly shown = computed(() =>
    sortRows(
      filterFits(this.version()?.items ?? [], {
        area: this.area(),
        misfitsOnly: this.misfitsOnly(),
      }),
      this.sort.state(),
      fitSortValue,
    ),
  );

  protected statusLabel(version: BankVersionDetail): MessageKey {
    return statusKey(version) as MessageKey;
  }

  protected sourceLabel(version: BankVersionDetail): MessageKey {
    return `calibration.source.${version.source}` as MessageKey;
  }

  protected fitLabel(row: CalibrationItemRow): MessageKey {
    return `calibration.fit.${row.status}` as MessageKey;
  }

  protected num(value: number | null, digits = 2): string {
    return value === null ? '—' : formatNumber(this.i18n.language(), value, digits);
  }

  protected signed(value: number): string {
    return formatSigned(this.i18n.language(), value);
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }

  protected populationOf(version: BankVersionDetail) {
    return this.areas.map((area) => ({ area, ...version.population[area] }));
  }

  protected async review(version: BankVersionDetail, decision: 'apply' | 'reject'): Promise<void> {
    const question =
      decision === 'apply' ? 'calibration.applyConfirm' : 'calibration.rejectConfirm';
    if (!window.confirm(this.i18n.t(question, { number: version.number }))) return;
    this.reviewError.set(null);
    this.busy.set(true);
    try {
      const reviewed = await this.api.reviewVersion(version.id, decision);
      this.loaded.set(reviewed);
      this.announcement.set(
        this.i18n.t(decision === 'apply' ? 'calibration.applied' : 'calibration.rejected', {
          number: reviewed.number,
        }),
      );
    } catch (error) {
      this.reviewError.set(
        problemOf(error)?.type === ProblemType.Conflict
          ? { key: 'calibration.errors.conflict' }
          : explainError(error).message,
      );
    } finally {
      this.busy.set(false);
    }
  }
}
