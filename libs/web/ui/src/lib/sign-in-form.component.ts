import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AccountView } from '@passerelle/contracts';
import { Session } from '@passerelle/web-auth';

import { FieldComponent, FieldControlDirective } from './field.component';
import { FormSubmission } from './form-submission';
import { MessagePipe } from './message.pipe';
import { TranslatePipe } from './translate.pipe';

/** Email-or-username and password, shared by the portal and the console; the way to recovery. */
@Component({
  selector: 'pa-sign-in-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .forgot {
      margin-block-start: 0.5rem;
    }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (submission.error(); as message) {
        <p class="alert" role="alert" data-testid="form-error">{{ message | message }}</p>
      }
      <pa-field label="auth.identifier" [error]="submission.message('identifier')">
        <input
          paFieldControl
          type="text"
          formControlName="identifier"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
        />
      </pa-field>
      <pa-field label="auth.password" [error]="submission.message('password')">
        <input
          paFieldControl
          [type]="showPassword() ? 'text' : 'password'"
          formControlName="password"
          autocomplete="current-password"
        />
        <label class="checkbox" paFieldExtra>
          <input
            type="checkbox"
            [checked]="showPassword()"
            (change)="showPassword.set(!showPassword())"
          />
          {{ 'auth.showPassword' | t }}
        </label>
      </pa-field>
      <button class="button button--block" type="submit" [disabled]="submission.busy()">
        {{ (submission.busy() ? 'common.pleaseWait' : 'common.signIn') | t }}
      </button>
      <a
        class="button button--quiet button--block forgot"
        routerLink="/forgot-password"
        data-testid="forgot-password"
        >{{ 'recovery.forgot' | t }}</a
      >
    </form>
  `,
})
export class SignInFormComponent {
  private readonly session = inject(Session);
  readonly signedIn = output<AccountView>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    identifier: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly showPassword = signal(false);

  protected async submit(): Promise<void> {
    let account: AccountView | undefined;
    const sent = await this.submission.run(async () => {
      account = await this.session.signIn(this.form.getRawValue());
    });
    if (sent && account) this.signedIn.emit(account);
  }
}
