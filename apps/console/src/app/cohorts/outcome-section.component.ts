import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MessageKey } from '@passerelle/i18n';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

import { formatPercent } from '../shared/format';
import { SortSelectComponent } from '../shared/sort-select.component';
import { csvFileName, downloadCsv, sortRows, TableSort, toCsv } from '../shared/table';
import { OutcomeChartComponent } from './outcome-chart.component';
import {
  OUTCOME_DESCENDING_FIRST,
  OUTCOME_SORT_KEYS,
  type OutcomeRow,
  outcomesCsv,
  type OutcomeSortKey,
  outcomeSortValue,
} from './outcomes';

/** One table of outcomes (per cohort or per course), with its chart and its CSV. */
@Component({
  selector: 'pc-outcome-section',
  imports: [TranslatePipe, SortSelectComponent, OutcomeChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/dense-tables.css'],
  template: `
    <section [attr.aria-labelledby]="id() + '-heading'" [attr.data-testid]="id()">
      <div class="page-head">
        <h2 [id]="id() + '-heading'">{{ heading() | t }}</h2>
        <button
          type="button"
          class="button button--secondary"
          [disabled]="rows().length === 0"
          (click)="exportCsv()"
          [attr.data-testid]="id() + '-csv'"
        >
          {{ 'candidates.exportCsv' | t }}
        </button>
      </div>
      @if (rows().length === 0) {
        <p class="card">{{ 'hiring.noOutcomes' | t }}</p>
      } @else {
        <pc-outcome-chart [rows]="sorted()" [caption]="heading() | t" [testId]="id() + '-chart'" />
        <form class="filters sort-select" (submit)="$event.preventDefault()">
          <pc-sort-select
            class="field"
            [selectId]="id() + '-sort'"
            [sort]="sort"
            [columns]="sortColumns()"
          />
        </form>
        <div class="table-wrap">
          <table class="dense cards" [attr.data-testid]="id() + '-table'">
            <caption class="visually-hidden">
              {{
                heading() | t
              }}
            </caption>
            <thead>
              <tr>
                @for (column of sortColumns(); track column.key) {
                  <th
                    scope="col"
                    [class.num]="column.key !== 'name'"
                    [attr.aria-sort]="sort.aria(column.key)"
                  >
                    <button type="button" class="sort" (click)="sort.by(column.key)">
                      {{ column.label | t }}
                    </button>
                  </th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of sorted(); track row.id) {
                <tr>
                  <th scope="row">{{ row.name }}</th>
                  <td class="num" [attr.data-label]="'cohorts.learners' | t">{{ row.learners }}</td>
                  <td class="num" [attr.data-label]="'hiring.stage.shortlisted' | t">
                    {{ row.shortlisted }}
                  </td>
                  <td class="num" [attr.data-label]="'hiring.stage.interviewed' | t">
                    {{ row.interviewed }}
                  </td>
                  <td class="num" [attr.data-label]="'hiring.stage.hired' | t">{{ row.hired }}</td>
                  <td class="num" [attr.data-label]="'hiring.rate' | t">{{ percent(row.rate) }}</td>
                  <td class="num" [attr.data-label]="'hiring.median' | t">
                    {{ row.medianDaysToHire ?? '—' }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .page-head h2 {
      margin: 0;
    }
    @media (max-width: 45rem) {
      .cards .num {
        text-align: start;
      }
    }
  `,
})
export class OutcomeSectionComponent {
  private readonly i18n = inject(I18n);
  /** Names the section, its table and its CSV file (`cohorts` or `courses`). */
  readonly id = input.required<string>();
  readonly heading = input.required<MessageKey>();
  /** The header of the name column: a cohort, or a course. */
  readonly nameLabel = input.required<MessageKey>();
  readonly rows = input.required<readonly OutcomeRow[]>();

  protected readonly sort = new TableSort<OutcomeSortKey>(
    { key: 'name', descending: false },
    OUTCOME_DESCENDING_FIRST,
  );
  protected readonly sortColumns = computed(() =>
    OUTCOME_SORT_KEYS.map((key) => ({ key, label: this.label(key) })),
  );
  protected readonly sorted = computed(() =>
    sortRows(this.rows(), this.sort.state(), outcomeSortValue),
  );

  protected percent(rate: number | null): string {
    return rate === null ? '—' : formatPercent(this.i18n.language(), rate);
  }

  protected exportCsv(): void {
    const header = Object.fromEntries(
      OUTCOME_SORT_KEYS.map((key) => [key, this.i18n.t(this.label(key))]),
    ) as Record<OutcomeSortKey, string>;
    const { header: head, rows } = outcomesCsv(this.sorted(), header);
    downloadCsv(csvFileName(`outcomes-${this.id()}`), toCsv(head, rows));
  }

  private label(key: OutcomeSortKey): MessageKey {
    switch (key) {
      case 'name':
        return this.nameLabel();
      case 'learners':
        return 'cohorts.learners';
      case 'rate':
        return 'hiring.rate';
      case 'median':
        return 'hiring.median';
      default:
        return `hiring.stage.${key}`;
    }
  }
}
