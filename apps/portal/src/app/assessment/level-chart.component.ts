import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LEVEL_MAX } from '@passerelle/contracts';
import { areaLabel, type MessageKey } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

import type { AreaBar } from './assessment-text';

/**
 * A horizontal bar per area, eight cells long (the eight DigComp levels), filled up to the
 * learner's level. Each bar carries its words ("Level 3 · Intermediate"), so the chart reads
 * the same to a screen reader and needs no colour to be understood. Cells flow in the page's
 * direction, so the chart mirrors in right-to-left languages.
 */
@Component({
  selector: 'pl-level-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption class="chart__caption">{{ caption() | t }}</figcaption>
      <ul class="chart__rows">
        @for (bar of bars(); track bar.area) {
          <li class="chart__row" [attr.data-area]="bar.area" data-testid="level-bar">
            <span class="chart__area"
              >{{ areaKey(bar.area) | t }}<span class="visually-hidden">: </span></span
            >
            <span class="chart__label">{{ bar.label }}</span>
            <span class="chart__track" aria-hidden="true">
              @for (cell of cells; track cell) {
                <span class="chart__cell" [class.chart__cell--on]="cell <= bar.level"></span>
              }
            </span>
          </li>
        }
      </ul>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0;
    }
    .chart__caption {
      font-weight: 700;
      margin-block-end: 0.75rem;
    }
    .chart__rows {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.9rem;
    }
    .chart__row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 0.5rem;
    }
    .chart__area {
      font-weight: 600;
    }
    .chart__label {
      color: var(--pa-ink-soft);
      font-size: 0.9rem;
      text-align: end;
    }
    .chart__track {
      grid-column: 1 / -1;
      display: flex;
      gap: 2px;
      block-size: 1rem;
    }
    .chart__cell {
      flex: 1;
      background: var(--pa-brand-soft);
      border: 1px solid #8aa4c0;
    }
    .chart__cell:first-child {
      border-start-start-radius: 0.5rem;
      border-end-start-radius: 0.5rem;
    }
    .chart__cell:last-child {
      border-start-end-radius: 0.5rem;
      border-end-end-radius: 0.5rem;
    }
    .chart__cell--on {
      background: var(--pa-brand);
      border-color: var(--pa-brand);
    }
  `,
})
export class LevelChartComponent {
  readonly bars = input.required<readonly AreaBar[]>();
  readonly caption = input.required<MessageKey>();
  protected readonly cells = Array.from({ length: LEVEL_MAX }, (_, i) => i + 1);

  protected readonly areaKey = areaLabel;
}
