import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AccountView } from '@passerelle/contracts';
import { I18n, SignInFormComponent, TranslatePipe } from '@passerelle/web-ui';

@Component({
  selector: 'pl-sign-in-page',
  imports: [RouterLink, SignInFormComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <section class="card">
        <h1>{{ 'auth.signInTitle' | t }}</h1>
        <pa-sign-in-form (signedIn)="enter($event)" />
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

  /** Signed in: the portal speaks the learner's own language from now on. */
  protected async enter(account: AccountView): Promise<void> {
    await this.i18n.use(account.preferredLanguage);
    await this.router.navigateByUrl('/dashboard');
  }
}
