import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { Role } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import { TranslatePipe } from '@passerelle/web-ui';

import { AdminHomeComponent } from './admin-home.component';
import { EmployerHomeComponent } from './employer-home.component';
import { MentorHomeComponent } from './mentor-home.component';

/** The console's first page: what waits for the signed-in person, by role. */
@Component({
  selector: 'pc-home-page',
  imports: [TranslatePipe, MentorHomeComponent, EmployerHomeComponent, AdminHomeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.account(); as account) {
      <h1 data-testid="welcome">{{ 'console.home.welcome' | t: { name: account.displayName } }}</h1>
      <p>{{ 'console.home.signedInAs' | t: { role: (roleLabel(account.role) | t) } }}</p>
      @switch (account.role) {
        @case ('mentor') {
          <pc-mentor-home />
        }
        @case ('employer') {
          <pc-employer-home />
        }
        @case ('admin') {
          <pc-admin-home />
        }
      }
    }
  `,
})
export class HomePage {
  protected readonly session = inject(Session);

  protected roleLabel(role: Role): MessageKey {
    return `roles.${role}`;
  }
}
