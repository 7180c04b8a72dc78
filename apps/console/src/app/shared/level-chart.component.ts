import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  type AssessmentResultView,
  COMPETENCE_AREAS,
  type CompetenceArea,
  LEVEL_MAX,
  type LevelGroup,
  levelGroupOf,
  type ScaleResult,
} from '@passerelle/contracts';
import { areaLabel, groupLabel, type MessageKey } from '@passerelle/i18n';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

import { formatNumber, formatSigned } from './format';

interface Row {
  label: MessageKey;
  level: number;
  group: LevelGroup;
  /** The estimate behind the level, when the chart shows a whole result profile. */
  estimate: ScaleResult | null;
  overall: boolean;
}

/**
 * Levels as a bar chart: one bar per area, its length the DigComp level (of 8), its shade the
 * level group. Either a result profile (`result`: the overall level first, and under each bar
 * the estimate θ ± SE and the answers it rests on) or levels alone (`levels`: a candidate's).
 * It is a table, so that the numbers are read out in order and the bars are only a picture.
 */
@Component({
  selector: 'pc-level-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="chart" [attr.data-testid]="testId()">
      <caption class="visually-hidden">
        {{
          caption() | t
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
                  [attr.data-group]="row.group"
                  [style.inline-size.%]="(row.level / max) * 100"
                ></span>
              </span>
              <span class="chart__value">
                <strong>{{ 'assessment.level' | t: { level: row.level } }}</strong>
                · {{ group(row.group) | t }}
              </span>
              @if (row.estimate; as estimate) {
                <span class="chart__theta">
                  <span dir="ltr">θ {{ signed(estimate.theta) }} ± {{ plain(estimate.se) }}</span>
                  · {{ 'attempt.answeredCount' | t: { count: estimate.answered } }}
                </span>
              }
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
  /** A result profile: the overall level, then each area's, with their estimates. */
  readonly result = input<Pick<AssessmentResultView, 'overall' | 'areas'> | null>(null);
  /** Levels alone, for the areas that have one. */
  readonly levels = input<Partial<Record<CompetenceArea, number>> | null>(null);
  readonly caption = input<MessageKey>('attempt.profile');
  readonly testId = input('level-chart');
  protected readonly max = LEVEL_MAX;
  protected readonly group = groupLabel;

  protected readonly rows = computed<Row[]>(() => {
    const result = this.result();
    if (result) {
      const { overall, areas } = result;
      return [
        { label: 'attempt.overall', ...fromEstimate(overall), overall: true },
        ...COMPETENCE_AREAS.filter((area) => areas[area]).map((area) => ({
          label: areaLabel(area),
          ...fromEstimate(areas[area]),
          overall: false,
        })),
      ];
    }
    const levels = this.levels() ?? {};
    return COMPETENCE_AREAS.flatMap((area) => {
      const level = levels[area];
      if (level === undefined) return [];
      return [
        {
          label: areaLabel(area),
          level,
          group: levelGroupOf(level),
          estimate: null,
          overall: false,
        },
      ];
    });
  });

  protected signed(value: number): string {
    return formatSigned(this.i18n.language(), value);
  }

  protected plain(value: number): string {
    return formatNumber(this.i18n.language(), value);
  }
}

function fromEstimate(estimate: ScaleResult): Pick<Row, 'level' | 'group' | 'estimate'> {
  return { level: estimate.level, group: estimate.group, estimate };
}
