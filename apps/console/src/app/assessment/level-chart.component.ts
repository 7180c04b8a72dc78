import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  type AssessmentResultView,
  COMPETENCE_AREAS,
  LEVEL_MAX,
  type ScaleResult,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

import { areaLabel, groupLabel } from './area-levels.component';
import { formatNumber, formatSigned } from './format';

interface Row {
  label: MessageKey;
  result: ScaleResult;
  overall: boolean;
}

/**
 * A result profile as a bar chart: one bar per area, its length the DigComp level (of 8),
 * its shade the level group. A table underneath, so that the numbers are read out in order
 * and the bars are only a picture of them.
 */
@Component({
  selector: 'pc-level-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="chart" data-testid="level-chart">
      <caption class="visually-hidden">
        {{
          'attempt.profile' | t
        }}
      </caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{{ 'attempt.area' | t }}</th>
          <th scope="col">{{ 'attempt.level' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.label) {
          <tr [class.chart__overall]="row.overall">
            <th scope="row">{{ row.label | t }}</th>
            <td class="chart__bar-cell">
              <span class="chart__track" aria-hidden="true">
                <span
                  class="chart__bar"
                  [attr.data-group]="row.result.group"
                  [style.inline-size.%]="(row.result.level / max) * 100"
                ></span>
              </span>
              <span class="chart__value">
                <strong>{{ 'assessment.level' | t: { level: row.result.level } }}</strong>
                · {{ group(row.result.group) | t }}
              </span>
              <span class="chart__theta">
                <span dir="ltr">θ {{ signed(row.result.theta) }} ± {{ plain(row.result.se) }}</span>
                · {{ 'attempt.answeredCount' | t: { count: row.result.answered } }}
              </span>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .chart {
      background: none;
    }
    .chart th,
    .chart td {
      border: 0;
      padding: 0.3rem 0.5rem;
      vertical-align: middle;
    }
    .chart th {
      color: var(--pa-ink);
      font-weight: 400;
      inline-size: 35%;
    }
    .chart__overall th {
      font-weight: 700;
    }
    .chart__overall {
      border-block-end: 1px solid var(--pa-line);
    }
    .chart__track {
      display: block;
      block-size: 0.9rem;
      border-radius: 0.2rem;
      /* eight cells, one per level */
      background: repeating-linear-gradient(
        to right,
        var(--pa-surface) 0 calc(12.5% - 2px),
        var(--pa-paper) calc(12.5% - 2px) 12.5%
      );
    }
    .chart__bar {
      display: block;
      block-size: 100%;
      border-radius: 0.2rem;
      background: #8fb5de;
    }
    .chart__bar[data-group='intermediate'] {
      background: #4f8fd0;
    }
    .chart__bar[data-group='advanced'] {
      background: var(--pa-brand);
    }
    .chart__bar[data-group='highly-specialised'] {
      background: var(--pa-brand-strong);
    }
    .chart__value {
      font-size: 0.9rem;
      margin-inline-end: 0.75rem;
    }
    .chart__theta {
      display: inline-block;
      font-size: 0.85rem;
      color: var(--pa-ink-soft);
    }
    .chart__theta > span {
      display: inline-block;
      white-space: nowrap;
    }
  `,
})
export class LevelChartComponent {
  private readonly i18n = inject(I18n);
  readonly result = input.required<Pick<AssessmentResultView, 'overall' | 'areas'>>();
  protected readonly max = LEVEL_MAX;
  protected readonly group = groupLabel;

  protected readonly rows = computed<Row[]>(() => {
    const { overall, areas } = this.result();
    return [
      { label: 'attempt.overall', result: overall, overall: true },
      ...COMPETENCE_AREAS.filter((area) => areas[area]).map((area) => ({
        label: areaLabel(area),
        result: areas[area],
        overall: false,
      })),
    ];
  });

  protected signed(value: number): string {
    return formatSigned(this.i18n.language(), value);
  }

  protected plain(value: number): string {
    return formatNumber(this.i18n.language(), value);
  }
}
