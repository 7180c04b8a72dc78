import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import type { AdminHome } from '@passerelle/contracts';
import { MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { homeData } from './home-data';
import { type HomeTile, HomeTilesComponent } from './home-tiles.component';

/** An admin's home: the platform at a glance, each count leading to its page. */
@Component({
  selector: 'pc-admin-home',
  imports: [TranslatePipe, MessagePipe, HomeTilesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (home.error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (tiles(); as list) {
      <h2>{{ 'home.platform' | t }}</h2>
      <pc-home-tiles [tiles]="list" testId="home-admin" />
    }
  `,
})
export class AdminHomeComponent {
  protected readonly home = homeData<AdminHome>('/api/home/admin');
  protected readonly tiles = computed((): HomeTile[] | null => {
    const h = this.home.data();
    if (!h) return null;
    const accounts = (role: string) => ({ link: '/accounts', query: { role } });
    return [
      { count: h.accounts.learners, label: 'home.allLearners', ...accounts('learner') },
      { count: h.accounts.mentors, label: 'home.mentors', ...accounts('mentor') },
      { count: h.accounts.employers, label: 'home.employers', ...accounts('employer') },
      { count: h.pendingInvitations, label: 'home.invitations', link: '/invitations' },
      { count: h.cohorts, label: 'home.cohorts', link: '/cohorts' },
      { count: h.organisations, label: 'home.organisations', link: '/organisations' },
      {
        count: h.helpRequests,
        label: 'home.helpRequests',
        link: '/review',
        query: { status: 'needs-help' },
        alert: true,
      },
      { count: h.hires, label: 'home.hires', link: '/cohorts/outcomes' },
    ];
  });
}
