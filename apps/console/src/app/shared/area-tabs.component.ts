import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { MessageKey } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

export interface AreaTab {
  path: string;
  label: MessageKey;
  testId: string;
  /** Active only on this very address (the default), or also on the addresses under it. */
  exact?: boolean;
}

/** The pages of one console area as tabs (links: each page has its own address). */
@Component({
  selector: 'pc-area-tabs',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="area-tabs" [attr.aria-label]="label() | t">
      @for (tab of tabs(); track tab.path) {
        <a
          [routerLink]="tab.path"
          routerLinkActive="area-tabs__active"
          [routerLinkActiveOptions]="{ exact: tab.exact ?? true }"
          ariaCurrentWhenActive="page"
          [attr.data-testid]="tab.testId"
          >{{ tab.label | t }}</a
        >
      }
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
export class AreaTabsComponent {
  readonly label = input.required<MessageKey>();
  readonly tabs = input.required<readonly AreaTab[]>();
}
