import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { PasswordResetCodeResponse } from '@passerelle/contracts';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { formatDate } from './format';
import { Saving } from './saving';

/**
 * For a learner who forgot their password and has no email: a one-time code, made by their
 * mentor (or an admin), shown once here to hand over in person. Making one is audited.
 */
@Component({
  selector: 'pc-reset-code',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="reset-code-heading" data-testid="reset-code">
      <h2 id="reset-code-heading">{{ 'recovery.issue.title' | t }}</h2>
      <p>{{ 'recovery.issue.intro' | t: { name: learnerName() } }}</p>
      @if (making.error(); as e) {
        <p class="alert" role="alert">{{ e | message }}</p>
      }
      <div role="status">
        @if (issued(); as r) {
          <p class="label">{{ 'recovery.issue.code' | t: { name: learnerName() } }}</p>
          <p class="code" dir="ltr" data-testid="reset-code-value">{{ r.code }}</p>
          <p class="field__hint">
            {{ 'recovery.issue.expires' | t: { date: when(r.expiresAt) } }}
          </p>
        }
      </div>
      <button
        type="button"
        class="button button--secondary"
        [disabled]="making.busy()"
        (click)="make()"
        data-testid="make-reset-code"
      >
        {{ (making.busy() ? 'common.pleaseWait' : 'recovery.issue.make') | t }}
      </button>
    </section>
  `,
  styles: `
    .label {
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    .code {
      font-family: ui-monospace, monospace;
      font-size: 2rem;
      letter-spacing: 0.15em;
      margin-block: 0 0.25rem;
    }
  `,
})
export class ResetCodeComponent {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  readonly learnerId = input.required<string>();
  readonly learnerName = input.required<string>();

  protected readonly issued = signal<PasswordResetCodeResponse | null>(null);
  protected readonly making = new Saving();

  protected when(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }

  protected async make(): Promise<void> {
    this.issued.set(null);
    await this.making.run(async () =>
      this.issued.set(
        await firstValueFrom(
          this.http.post<PasswordResetCodeResponse>(
            `/api/learners/${this.learnerId()}/reset-code`,
            {},
          ),
        ),
      ),
    );
  }
}
