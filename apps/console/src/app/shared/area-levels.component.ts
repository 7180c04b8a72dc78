import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  levelGroupOf,
  type ScaleResult,
} from '@passerelle/contracts';
import { areaLabel } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

/** The short names of the areas: DigComp's own numbers, and C for coding. */
export const AREA_SHORT: Record<CompetenceArea, string> = {
  information: '1',
  communication: '2',
  'content-creation': '3',
  safety: '4',
  'problem-solving': '5',
  coding: 'C',
};

/**
 * A learner's level in each area, in a table cell: six small tiles, the area's short name
 * above its level, shaded by level group. Screen readers hear each area's name and level.
 */
@Component({
  selector: 'pc-area-levels',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (areas(); as areas) {
      <ul class="tiles">
        @for (area of order; track area) {
          @let result = areas[area];
          <li
            class="tile"
            [attr.data-group]="result ? group(result.level) : null"
            [title]="(areaLabel(area) | t) + (result ? ': ' + result.level : '')"
          >
            <span class="tile__area" aria-hidden="true">{{ short[area] }}</span>
            <span aria-hidden="true">{{ result?.level ?? '—' }}</span>
            <span class="visually-hidden"
              >{{ areaLabel(area) | t }}:
              {{ result ? ('assessment.level' | t: { level: result.level }) : '—' }}</span
            >
          </li>
        }
      </ul>
    } @else {
      —
    }
  `,
  styles: `
    .tiles {
      display: inline-flex;
      gap: 2px;
      list-style: none;
      margin: 0;
      padding: 0;
      direction: ltr;
    }
    .tile {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      min-inline-size: 1.6rem;
      padding: 0.05rem 0.15rem;
      border-radius: 0.25rem;
      background: var(--pa-surface);
      font-weight: 700;
      font-size: 0.9rem;
      line-height: 1.15;
    }
    .tile__area {
      font-size: 0.65rem;
      font-weight: 400;
    }
    .tile[data-group='intermediate'] {
      background: #cfe0f3;
    }
    .tile[data-group='advanced'] {
      background: var(--pa-brand);
      color: #fff;
    }
    .tile[data-group='highly-specialised'] {
      background: var(--pa-brand-strong);
      color: #fff;
    }
  `,
})
export class AreaLevelsComponent {
  readonly areas = input.required<Partial<Record<CompetenceArea, ScaleResult>> | null>();
  protected readonly order = COMPETENCE_AREAS;
  protected readonly short = AREA_SHORT;
  protected readonly areaLabel = areaLabel;
  protected group(level: number): string {
    return levelGroupOf(level);
  }
}
