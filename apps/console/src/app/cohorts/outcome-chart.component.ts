import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@passerelle/web-ui';

import { chartMax, outcomeBars, type OutcomeRow } from './outcomes';

/**
 * Outcomes as horizontal bars, one row per group, all on one scale (the largest group): the
 * pale bar is the group's learners, and on it, ever darker, those shortlisted, interviewed and
 * hired (each stage holds the next). Every row says its numbers in words, so that the bars are
 * only a picture of them and nothing depends on colour.
 */
@Component({
  selector: 'pc-outcome-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.data-testid]="testId()">
      <figcaption class="visually-hidden">{{ caption() }}</figcaption>
      <ul class="legend" aria-hidden="true">
        @for (measure of measures; track measure.key) {
          <li>
            <span class="swatch" [attr.data-measure]="measure.key"></span>{{ measure.label | t }}
          </li>
        }
      </ul>
      <ul class="rows">
        @for (row of bars(); track row.id) {
          <li>
            <span class="name">{{ row.name }}</span>
            <span class="track" aria-hidden="true">
              @for (measure of measures; track measure.key) {
                <span
                  class="bar"
                  [attr.data-measure]="measure.key"
                  [style.inline-size.%]="row.bars[measure.key]"
                ></span>
              }
            </span>
            <span class="values" data-testid="chart-values">{{
              'hiring.chartRow'
                | t
                  : {
                      learners: row.learners,
                      shortlisted: row.shortlisted,
                      interviewed: row.interviewed,
                      hired: row.hired,
                    }
            }}</span>
          </li>
        }
      </ul>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 var(--pa-space);
      padding: 0.75rem;
      background: var(--pa-paper);
      border: 1px solid var(--pa-line);
      border-radius: var(--pa-radius);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin-block-end: 0.5rem;
      font-size: 0.8rem;
      color: var(--pa-ink-soft);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.9rem;
      block-size: 0.9rem;
      border-radius: 0.15rem;
    }
    .rows li + li {
      margin-block-start: 0.6rem;
    }
    .name {
      display: block;
      font-size: 0.9rem;
      font-weight: 600;
    }
    .track {
      position: relative;
      display: block;
      block-size: 1.1rem;
      margin-block: 0.15rem;
      border-radius: 0.2rem;
      background: var(--pa-surface);
    }
    .bar {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      border-radius: 0.2rem;
    }
    [data-measure='learners'] {
      background: #c5d8ee;
    }
    [data-measure='shortlisted'] {
      background: #8fb5de;
    }
    [data-measure='interviewed'] {
      background: #4f8fd0;
    }
    [data-measure='hired'] {
      background: var(--pa-brand-strong);
    }
    .values {
      display: block;
      font-size: 0.8rem;
      color: var(--pa-ink-soft);
    }
  `,
})
export class OutcomeChartComponent {
  readonly rows = input.required<readonly OutcomeRow[]>();
  readonly caption = input.required<string>();
  readonly testId = input('outcome-chart');

  protected readonly measures = [
    { key: 'learners', label: 'cohorts.learners' },
    { key: 'shortlisted', label: 'hiring.stage.shortlisted' },
    { key: 'interviewed', label: 'hiring.stage.interviewed' },
    { key: 'hired', label: 'hiring.stage.hired' },
  ] as const;

  protected readonly bars = computed(() => {
    const rows = this.rows();
    const max = chartMax(rows);
    return rows.map((row) => ({ ...row, bars: outcomeBars(row, max) }));
  });
}
