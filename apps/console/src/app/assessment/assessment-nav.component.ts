import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@passerelle/web-ui';

/** The parts of the assessment area: learners' results, the item bank, its calibration. */
@Component({
  selector: 'pc-assessment-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="area-tabs" [attr.aria-label]="'results.areaNav' | t">
      <a
        routerLink="/assessment"
        routerLinkActive="area-tabs__active"
        [routerLinkActiveOptions]="{ exact: true }"
        ariaCurrentWhenActive="page"
        data-testid="tab-results"
        >{{ 'results.title' | t }}</a
      >
      <a
        routerLink="/assessment/items"
        routerLinkActive="area-tabs__active"
        [routerLinkActiveOptions]="{ exact: true }"
        ariaCurrentWhenActive="page"
        data-testid="tab-bank"
        >{{ 'bank.title' | t }}</a
      >
      <a
        routerLink="/assessment/calibration"
        routerLinkActive="area-tabs__active"
        ariaCurrentWhenActive="page"
        data-testid="tab-calibration"
        >{{ 'calibration.tab' | t }}</a
      >
    </nav>
  `,
  styles: `
    .area-tabs {
      display: flex;
      gap: 0.25rem;
      border-block-end: 2px solid var(--pa-line);
      margin-block-end: var(--pa-space);
      overflow-x: auto;
    }
    .area-tabs a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--pa-tap);
      padding-inline: 0.9rem;
      margin-block-end: -2px;
      border-block-end: 3px solid transparent;
      color: var(--pa-ink);
      text-decoration: none;
      white-space: nowrap;
    }
    .area-tabs a.area-tabs__active {
      border-block-end-color: var(--pa-brand);
      color: var(--pa-brand-strong);
      font-weight: 700;
    }
  `,
})
export class AssessmentNavComponent {}
