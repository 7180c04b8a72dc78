import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ResetRequestFormComponent, TranslatePipe } from '@passerelle/web-ui';

/** Forgot the password: a link by email, or, without email, a code from the mentor. */
@Component({
  selector: 'pl-forgot-password-page',
  imports: [RouterLink, ResetRequestFormComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <section class="card">
        <h1>{{ 'recovery.title' | t }}</h1>
        <p>{{ 'recovery.emailIntro' | t }}</p>
        <pa-reset-request-form />
      </section>
      <section class="card" aria-labelledby="no-email">
        <h2 id="no-email">{{ 'recovery.noEmailTitle' | t }}</h2>
        <p>{{ 'recovery.noEmailText' | t }}</p>
        <a
          class="button button--secondary button--block"
          routerLink="/reset-with-code"
          data-testid="have-code"
        >
          {{ 'recovery.haveCode' | t }}
        </a>
      </section>
      <p>
        <a routerLink="/sign-in">{{ 'recovery.backToSignIn' | t }}</a>
      </p>
    </div>
  `,
})
export class ForgotPasswordPage {}
