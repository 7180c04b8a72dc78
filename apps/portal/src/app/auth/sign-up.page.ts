import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  USERNAME_PATTERN,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

/**
 * Sign-up for learners: a name, an email or (for those without one) a username, a password.
 * The account's language is the one the page is shown in.
 */
@Component({
  selector: 'pl-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-up.page.html',
})
export class SignUpPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  protected readonly usernameHint: UiMessage = { key: 'auth.usernameHint' };
  protected readonly passwordHint: UiMessage = {
    key: 'auth.passwordHint',
    params: { min: PASSWORD_MIN_LENGTH },
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    username: [
      { value: '', disabled: true },
      [
        Validators.required,
        Validators.minLength(USERNAME_MIN_LENGTH),
        Validators.maxLength(USERNAME_MAX_LENGTH),
        Validators.pattern(USERNAME_PATTERN),
      ],
    ],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly withoutEmail = signal(false);
  protected readonly showPassword = signal(false);

  protected toggleEmail(): void {
    this.withoutEmail.update((v) => !v);
    const [on, off] = this.withoutEmail()
      ? (['username', 'email'] as const)
      : (['email', 'username'] as const);
    this.form.controls[on].enable();
    this.form.controls[off].disable();
  }

  protected async submit(): Promise<void> {
    const sent = await this.submission.run(() => {
      const { displayName, password } = this.form.getRawValue();
      return this.session.signUp({
        displayName,
        password,
        ...this.identifier(),
        preferredLanguage: this.i18n.language(),
      });
    });
    if (sent) await this.router.navigateByUrl('/dashboard');
  }

  private identifier(): { email: string } | { username: string } {
    const { email, username } = this.form.getRawValue();
    return this.withoutEmail() ? { username } : { email };
  }
}
