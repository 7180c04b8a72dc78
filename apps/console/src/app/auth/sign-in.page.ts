import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { type AccountView, isStaffRole } from '@passerelle/contracts';
import { AccountLanguage, Session } from '@passerelle/web-auth';
import {
  I18n,
  LanguageSwitcherComponent,
  SignInFormComponent,
  TranslatePipe,
} from '@passerelle/web-ui';

/** The console's door. Learners are sent to the portal: the console is for staff. */
@Component({
  selector: 'pc-sign-in-page',
  imports: [SignInFormComponent, LanguageSwitcherComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="topbar">
      <span class="topbar__brand">{{ 'console.title' | t }}</span>
      <pa-language-switcher />
    </header>
    <main id="main" class="page" tabindex="-1">
      <section class="card">
        <h1>{{ 'console.signInTitle' | t }}</h1>
        @if (learnerRefused()) {
          <p class="alert" role="alert" data-testid="learner-refused">
            {{ 'console.learnerNotAllowed' | t }}
            <a href="/">{{ 'console.openPortal' | t }}</a>
          </p>
        }
        <pa-sign-in-form (signedIn)="enter($event)" />
      </section>
    </main>
  `,
})
export class SignInPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly accountLanguage = inject(AccountLanguage);
  protected readonly learnerRefused = signal(false);

  protected async enter(account: AccountView): Promise<void> {
    if (isStaffRole(account.role)) {
      // The language chosen on this page wins, and is saved to the account.
      await this.accountLanguage.keep(this.i18n.language());
      await this.router.navigateByUrl('/');
      return;
    }
    await this.session.signOut();
    this.learnerRefused.set(true);
  }
}
