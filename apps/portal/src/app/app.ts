import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { AccountLanguage, Session } from '@passerelle/web-auth';
import { I18n, IconComponent, LanguageSwitcherComponent, TranslatePipe } from '@passerelle/web-ui';

@Component({
  selector: 'pl-root',
  imports: [IconComponent, RouterOutlet, RouterLink, LanguageSwitcherComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'common.skipToContent' | t }}</a>
    <header class="topbar">
      <a class="topbar__brand" routerLink="/">{{ 'app.name' | t }}</a>
      <pa-language-switcher />
      @if (session.signedIn()) {
        <button
          class="button button--quiet"
          type="button"
          (click)="signOut()"
          data-testid="sign-out"
        >
          <pa-icon name="sign-out" /> {{ 'common.signOut' | t }}
        </button>
      }
    </header>
    <main id="main" tabindex="-1">
      <router-outlet />
    </main>
  `,
})
export class App {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly accountLanguage = inject(AccountLanguage);

  constructor() {
    // A learner who changes the language keeps it on every device they sign in from.
    effect(() => {
      const language = this.i18n.language();
      untracked(() => void this.accountLanguage.keep(language));
    });
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/');
  }
}
