import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import type { AccountView } from '@passerelle/contracts';
import { I18n, ResetPasswordFormComponent, TranslatePipe } from '@passerelle/web-ui';

/** Where a reset link from the mail lands: a new password, then the dashboard. */
@Component({
  selector: 'pl-reset-password-page',
  imports: [ResetPasswordFormComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <section class="card">
        <h1>{{ 'recovery.newPasswordTitle' | t }}</h1>
        <p>{{ 'recovery.newPasswordIntro' | t }}</p>
        <pa-reset-password-form (signedIn)="enter($event)" />
      </section>
    </div>
  `,
})
export class ResetPasswordPage {
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  protected async enter(account: AccountView): Promise<void> {
    await this.i18n.use(account.preferredLanguage);
    await this.router.navigateByUrl('/dashboard');
  }
}
