import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@passerelle/web-ui';

/** The two lists of the jobs area: jobs for the learner, and their applications. */
@Component({
  selector: 'pl-jobs-tabs',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'work.title' | t">
      @for (tab of tabs; track tab.path) {
        <a
          class="tabs__link"
          [routerLink]="tab.path"
          routerLinkActive="tabs__link--active"
          ariaCurrentWhenActive="page"
          [routerLinkActiveOptions]="{ exact: true }"
          [attr.data-testid]="'jobs-tab-' + tab.id"
          >{{ tab.label | t }}</a
        >
      }
    </nav>
  `,
  styles: `
    .tabs {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.5rem;
      margin-block-end: var(--pa-space);
    }
    .tabs__link {
      display: flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      min-block-size: var(--pa-tap);
      padding: 0.25rem 0.5rem;
      border: 2px solid var(--pa-line);
      border-radius: 0.5rem;
      background: var(--pa-paper);
      color: var(--pa-brand-strong);
      font-weight: 600;
      text-decoration: none;
    }
    .tabs__link--active {
      border-color: var(--pa-brand);
      background: var(--pa-brand);
      color: #fff;
    }
  `,
})
export class JobsTabsComponent {
  protected readonly tabs = [
    { id: 'jobs', path: '/jobs', label: 'work.nav.jobs' },
    { id: 'applications', path: '/jobs/applications', label: 'work.nav.applications' },
  ] as const;
}
