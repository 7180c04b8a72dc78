import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  LEVEL_MAX,
  levelGroupOf,
} from '@passerelle/contracts';
import { TranslatePipe } from '@passerelle/web-ui';

import { areaLabel, groupLabel } from '../assessment/area-levels.component';

/**
 * A candidate's assessed levels as a bar chart, drawn like the assessment area's: one bar per
 * area, its length the level (of 8), its shade the level group. It is a table, so that screen
 * readers read each area and level in order; the bars are only a picture of the numbers.
 */
@Component({
  selector: 'pc-candidate-levels',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="chart" data-testid="candidate-levels">
      <caption class="visually-hidden">
        {{
          'candidates.profile.levels' | t
        }}
      </caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{{ 'attempt.area' | t }}</th>
          <th scope="col">{{ 'attempt.level' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.area) {
          <tr>
            <th scope="row">{{ areaLabel(row.area) | t }}</th>
            <td>
              <span class="chart__track" aria-hidden="true">
                <span
                  class="chart__bar"
                  [attr.data-group]="row.group"
                  [style.inline-size.%]="(row.level / max) * 100"
                ></span>
              </span>
              <strong>{{ 'assessment.level' | t: { level: row.level } }}</strong>
              · {{ groupLabel(row.group) | t }}
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
      padding: 0.25rem 0.5rem;
      vertical-align: middle;
      font-size: 0.9rem;
    }
    .chart th {
      color: var(--pa-ink);
      font-weight: 400;
      inline-size: 40%;
    }
    .chart__track {
      display: block;
      block-size: 0.8rem;
      margin-block-end: 0.15rem;
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
  `,
})
export class CandidateLevelsComponent {
  readonly levels = input.required<Partial<Record<CompetenceArea, number>>>();
  protected readonly max = LEVEL_MAX;
  protected readonly areaLabel = areaLabel;
  protected readonly groupLabel = groupLabel;
  protected readonly rows = computed(() => {
    const levels = this.levels();
    return COMPETENCE_AREAS.filter((area) => levels[area] !== undefined).map((area) => {
      const level = levels[area] ?? 0;
      return { area, level, group: levelGroupOf(level) };
    });
  });
}
