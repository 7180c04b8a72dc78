import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { AccountLanguage } from '@passerelle/web-auth';
import { I18n, SignInFormComponent, TranslatePipe } from '@passerelle/web-ui';

@Component({
  selector: 'pl-sign-in-page',
  imports: [RouterLink, SignInFormComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <section class="card">
        <h1>{{ 'auth.signInTitle' | t }}</h1>
        <pa-sign-in-form (signedIn)="enter()" />
      </section>
      <p>
        {{ 'auth.noAccount' | t }}
        <a routerLink="/sign-up">{{ 'common.signUp' | t }}</a>
      </p>
    </div>
  `,
})
export class SignInPage {
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly accountLanguage = inject(AccountLanguage);

  /**
   * Signed in: the language chosen on this page wins over the one the account had, and is
   * saved to it, so that the learner goes on in the language they picked.
   */
  protected async enter(): Promise<void> {
    await this.accountLanguage.keep(this.i18n.language());
    await this.router.navigateByUrl('/dashboard');
  }
}
