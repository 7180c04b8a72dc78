import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  type FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  type AccountView,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';

import { FieldComponent, FieldControlDirective } from './field.component';
import { FormSubmission } from './form-submission';
import { MessagePipe } from './message.pipe';
import { TranslatePipe } from './translate.pipe';

/** A new password, with its rules as a hint and a switch to show what is typed. */
@Component({
  selector: 'pa-new-password-field',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-field label="recovery.newPassword" [hint]="hint" [error]="error()">
      <input
        paFieldControl
        [type]="shown() ? 'text' : 'password'"
        [formControl]="control()"
        autocomplete="new-password"
        data-testid="new-password"
      />
      <label class="checkbox" paFieldExtra>
        <input type="checkbox" [checked]="shown()" (change)="shown.set(!shown())" />
        {{ 'auth.showPassword' | t }}
      </label>
    </pa-field>
  `,
})
export class NewPasswordFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly error = input<UiMessage | null>(null);
  protected readonly hint: UiMessage = {
    key: 'auth.passwordHint',
    params: { min: PASSWORD_MIN_LENGTH },
  };
  protected readonly shown = signal(false);
}

/** Asks for a reset link by email. The answer is the same whether or not the account exists. */
@Component({
  selector: 'pa-reset-request-form',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (submission.error(); as message) {
        <p class="alert" role="alert" data-testid="form-error">{{ message | message }}</p>
      }
      <p role="status">
        @if (sent()) {
          <span class="alert alert--success" data-testid="reset-sent">{{
            'recovery.sent' | t
          }}</span>
        }
      </p>
      <pa-field label="auth.email" [error]="submission.message('email')">
        <input
          paFieldControl
          type="email"
          formControlName="email"
          autocomplete="email"
          inputmode="email"
          dir="ltr"
        />
      </pa-field>
      <button
        class="button button--block"
        type="submit"
        [disabled]="submission.busy()"
        data-testid="send-reset"
      >
        {{ (submission.busy() ? 'common.pleaseWait' : 'recovery.send') | t }}
      </button>
    </form>
  `,
  styles: `
    [role='status'] .alert {
      display: block;
    }
    [role='status']:empty {
      display: none;
    }
  `,
})
export class ResetRequestFormComponent {
  private readonly session = inject(Session);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly sent = signal(false);

  protected async submit(): Promise<void> {
    this.sent.set(false);
    const sent = await this.submission.run(() =>
      this.session.requestPasswordReset(this.form.getRawValue().email),
    );
    this.sent.set(sent);
  }
}

/**
 * A new password, with the secret of a reset link. The secret travels in the URL fragment,
 * which browsers never send to servers; once read, it is taken out of the browser's history.
 */
@Component({
  selector: 'pa-reset-password-form',
  imports: [ReactiveFormsModule, RouterLink, NewPasswordFieldComponent, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (unusable()) {
      <p class="alert" role="alert" data-testid="form-error">{{ 'recovery.linkUnusable' | t }}</p>
      <a class="button button--block" routerLink="/forgot-password" data-testid="ask-again">{{
        'recovery.askAgain' | t
      }}</a>
    } @else {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (submission.error(); as message) {
          <p class="alert" role="alert" data-testid="form-error">{{ message | message }}</p>
        }
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
    }
  `,
})
export class ResetPasswordFormComponent {
  private readonly session = inject(Session);
  readonly signedIn = output<AccountView>();

  private readonly token =
    new URLSearchParams(inject(ActivatedRoute).snapshot.fragment ?? '').get('token') ?? '';
  protected readonly form = inject(NonNullableFormBuilder).group({ password: newPassword() });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly unusable = signal(!/^[\w-]{43}$/.test(this.token));

  constructor() {
    if (this.token) history.replaceState(history.state, '', location.pathname);
  }

  protected async submit(): Promise<void> {
    let account: AccountView | undefined;
    const sent = await this.submission.run(async () => {
      account = await this.session.resetPasswordWithLink({
        token: this.token,
        password: this.form.getRawValue().password,
      });
    });
    if (sent && account) this.signedIn.emit(account);
    else if (this.submission.error()?.key === 'recovery.linkUnusable') this.unusable.set(true);
  }
}

/** A new password's control, with the rules the API checks. */
export function newPassword() {
  return inject(NonNullableFormBuilder).control('', [
    Validators.required,
    Validators.minLength(PASSWORD_MIN_LENGTH),
    Validators.maxLength(PASSWORD_MAX_LENGTH),
  ]);
}
