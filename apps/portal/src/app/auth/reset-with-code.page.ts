import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { UiMessage } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  MessagePipe,
  newPassword,
  NewPasswordFieldComponent,
  TranslatePipe,
} from '@passerelle/web-ui';

/**
 * For learners without email: the code their mentor gave them in person, with their username
 * and a new password.
 */
@Component({
  selector: 'pl-reset-with-code-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    NewPasswordFieldComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <section class="card">
        <h1>{{ 'recovery.codeTitle' | t }}</h1>
        <p>{{ 'recovery.codeIntro' | t }}</p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          @if (submission.error(); as e) {
            <p class="alert" role="alert" data-testid="form-error">{{ e | message }}</p>
          }
          <pa-field label="auth.username" [error]="submission.message('identifier')">
            <input
              paFieldControl
              type="text"
              formControlName="identifier"
              autocomplete="username"
              autocapitalize="none"
              spellcheck="false"
              dir="ltr"
            />
          </pa-field>
          <pa-field label="recovery.code" [hint]="codeHint" [error]="submission.message('code')">
            <input
              paFieldControl
              type="text"
              formControlName="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              spellcheck="false"
              dir="ltr"
              data-testid="code"
            />
          </pa-field>
          <pa-new-password-field
            [control]="form.controls.password"
            [error]="submission.message('password')"
          />
          <button
            class="button button--block"
            type="submit"
            [disabled]="submission.busy()"
            data-testid="save-password"
          >
            {{ (submission.busy() ? 'common.pleaseWait' : 'recovery.save') | t }}
          </button>
        </form>
      </section>
      <p>
        <a routerLink="/sign-in">{{ 'recovery.backToSignIn' | t }}</a>
      </p>
    </div>
  `,
})
export class ResetWithCodePage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  protected readonly codeHint: UiMessage = { key: 'recovery.codeHint' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    identifier: ['', [Validators.required, Validators.maxLength(254)]],
    code: ['', [Validators.required, Validators.maxLength(32)]],
    password: newPassword(),
  });
  protected readonly submission = new FormSubmission(this.form);

  protected async submit(): Promise<void> {
    const sent = await this.submission.run(async () => {
      const account = await this.session.resetPasswordWithCode(this.form.getRawValue());
      await this.i18n.use(account.preferredLanguage);
    });
    if (sent) await this.router.navigateByUrl('/dashboard');
  }
}
