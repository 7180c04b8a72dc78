import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import {
  type InvitationPreview,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError, Session } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  LanguageSwitcherComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * Where an invitation link lands. The secret travels in the URL fragment, which browsers never
 * send to servers, and is posted to the API only in request bodies.
 */
@Component({
  selector: 'pc-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    FieldComponent,
    FieldControlDirective,
    LanguageSwitcherComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="topbar">
      <span class="topbar__brand">{{ 'console.title' | t }}</span>
      <pa-language-switcher />
    </header>
    <main id="main" class="page" tabindex="-1">
      <section class="card">
        <h1>{{ 'acceptInvitation.title' | t }}</h1>
        @if (error() ?? submission.error(); as e) {
          <p class="alert" role="alert" data-testid="form-error">{{ e | message }}</p>
        }
        @if (preview(); as p) {
          <p>
            {{
              'acceptInvitation.intro' | t: { name: p.displayName, role: (roleLabel(p.role) | t) }
            }}
          </p>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <pa-field label="auth.email">
              <input
                paFieldControl
                type="email"
                [value]="p.email"
                readonly
                autocomplete="username"
                dir="ltr"
              />
            </pa-field>
            <pa-field
              label="auth.password"
              [hint]="passwordHint"
              [error]="submission.message('password')"
            >
              <input
                paFieldControl
                type="password"
                formControlName="password"
                autocomplete="new-password"
              />
            </pa-field>
            <button
              class="button button--block"
              type="submit"
              [disabled]="submission.busy()"
              data-testid="accept"
            >
              {{ (submission.busy() ? 'common.pleaseWait' : 'acceptInvitation.submit') | t }}
            </button>
          </form>
        }
      </section>
    </main>
  `,
})
export class AcceptInvitationPage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly token =
    new URLSearchParams(inject(ActivatedRoute).snapshot.fragment ?? '').get('token') ?? '';

  protected readonly passwordHint: UiMessage = {
    key: 'auth.passwordHint',
    params: { min: PASSWORD_MIN_LENGTH },
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
  });
  protected readonly preview = signal<InvitationPreview | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly submission = new FormSubmission(this.form);

  constructor() {
    // The secret has been read; keep it out of the browser's history.
    if (this.token) history.replaceState(history.state, '', location.pathname);
    void this.load();
  }

  protected roleLabel(role: string): MessageKey {
    return `roles.${role}` as MessageKey;
  }

  protected async submit(): Promise<void> {
    const sent = await this.submission.run(() =>
      this.session.acceptInvitation({
        token: this.token,
        password: this.form.getRawValue().password,
      }),
    );
    if (sent) await this.router.navigateByUrl('/');
  }

  private async load(): Promise<void> {
    if (!/^[\w-]{43}$/.test(this.token)) {
      this.error.set({ key: 'acceptInvitation.unusable' });
      return;
    }
    try {
      this.preview.set(
        await firstValueFrom(
          this.http.post<InvitationPreview>('/api/invitations/preview', { token: this.token }),
        ),
      );
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }
}
