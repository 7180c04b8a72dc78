import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  type AreaDecisionView,
  COMPETENCE_AREAS,
  type CompetenceArea,
  type ScaleResult,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey } from '@passerelle/i18n';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

import { formatPercent } from '../shared/format';

interface Row {
  area: CompetenceArea;
  answered: number;
  level: number;
  decision: AreaDecisionView;
}

/** Why the test stopped, as a sentence. */
export function stopReasonKey(reason: string | null): MessageKey | null {
  switch (reason) {
    case 'decided':
      return 'attempt.stopDecided';
    case 'max-length':
      return 'attempt.stopMaxLength';
    case 'bank-exhausted':
      return 'attempt.stopBankExhausted';
    case 'precision':
      return 'attempt.stopPrecision';
    default:
      return null;
  }
}

/**
 * How the skills check decided each area: after which question it stopped asking there and
 * why, and how sure it is of the level range placement uses. Attempts from before decisions
 * were kept show nothing.
 */
@Component({
  selector: 'pc-area-decisions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <p class="field__hint">{{ 'attempt.decisionsHint' | t }}</p>
      @if (stopKey(); as key) {
        <p data-testid="stop-reason">{{ key | t }}</p>
      }
      <div class="table-wrap">
        <table class="dense cards" data-testid="area-decisions">
          <caption class="visually-hidden">
            {{
              'attempt.decisions' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'attempt.area' | t }}</th>
              <th scope="col">{{ 'attempt.questions' | t }}</th>
              <th scope="col">{{ 'attempt.decision' | t }}</th>
              <th scope="col">{{ 'attempt.certainty' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.area) {
              <tr [attr.data-area]="row.area" [attr.data-settled]="row.decision.settled ?? 'open'">
                <th scope="row">{{ label(row.area) | t }}</th>
                <td class="num" [attr.data-label]="'attempt.questions' | t">{{ row.answered }}</td>
                <td [attr.data-label]="'attempt.decision' | t">{{ when(row.decision) }}</td>
                <td [attr.data-label]="'attempt.certainty' | t">{{ range(row.decision) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrls: ['../shared/tables.css', '../shared/dense-tables.css'],
})
export class AreaDecisionsComponent {
  private readonly i18n = inject(I18n);
  readonly areas = input.required<Partial<Record<CompetenceArea, ScaleResult>> | null>();
  readonly stopReason = input<string | null>(null);
  readonly inProgress = input(false);

  protected readonly rows = computed<Row[]>(() => {
    const areas = this.areas();
    if (!areas) return [];
    return COMPETENCE_AREAS.flatMap((area) => {
      const scale = areas[area];
      return scale?.decision
        ? [{ area, answered: scale.answered, level: scale.level, decision: scale.decision }]
        : [];
    });
  });
  protected readonly stopKey = computed(() => stopReasonKey(this.stopReason()));
  protected readonly label = areaLabel;

  protected when(decision: AreaDecisionView): string {
    if (decision.settled === 'no-items') return this.i18n.t('attempt.decidedNoItems');
    if (decision.settled === 'confident' && decision.after !== null) {
      return this.i18n.t('attempt.decidedAfter', { position: decision.after });
    }
    return this.i18n.t(this.inProgress() ? 'attempt.decidedOpenInProgress' : 'attempt.decidedOpen');
  }

  protected range(decision: AreaDecisionView): string {
    const percent = formatPercent(this.i18n.language(), decision.confidence);
    return decision.fromLevel === decision.toLevel
      ? this.i18n.t('attempt.decisionLevel', { percent, level: decision.fromLevel })
      : this.i18n.t('attempt.decisionRange', {
          percent,
          from: decision.fromLevel,
          to: decision.toLevel,
        });
  }
}
