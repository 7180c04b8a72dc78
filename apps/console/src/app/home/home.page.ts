import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { Role } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import { TranslatePipe } from '@passerelle/web-ui';

const ROLE_INTRO: Partial<Record<Role, MessageKey>> = {
  mentor: 'console.home.mentor',
  employer: 'console.home.employer',
  admin: 'console.home.admin',
};

@Component({
  selector: 'pc-home-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.account(); as account) {
      <h1 data-testid="welcome">{{ 'console.home.welcome' | t: { name: account.displayName } }}</h1>
      <p>{{ 'console.home.signedInAs' | t: { role: (roleLabel(account.role) | t) } }}</p>
      @if (intro(account.role); as key) {
        <p class="card">{{ key | t }}</p>
      }
    }
  `,
})
export class HomePage {
  protected readonly session = inject(Session);

  protected roleLabel(role: Role): MessageKey {
    return `roles.${role}`;
  }

  protected intro(role: Role): MessageKey | undefined {
    return ROLE_INTRO[role];
  }
}
