import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  LanguageSwitcherComponent,
  ResetRequestFormComponent,
  TranslatePipe,
} from '@passerelle/web-ui';

/** Staff forgot their password: every staff account has an email, so a link is the way back. */
@Component({
  selector: 'pc-forgot-password-page',
  imports: [RouterLink, ResetRequestFormComponent, LanguageSwitcherComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="topbar">
      <span class="topbar__brand">{{ 'console.title' | t }}</span>
      <pa-language-switcher />
    </header>
    <main id="main" class="page" tabindex="-1">
      <section class="card">
        <h1>{{ 'recovery.title' | t }}</h1>
        <p>{{ 'recovery.staffEmailOnly' | t }}</p>
        <pa-reset-request-form />
      </section>
      <p>
        <a routerLink="/sign-in">{{ 'recovery.backToSignIn' | t }}</a>
      </p>
    </main>
  `,
})
export class ForgotPasswordPage {}
