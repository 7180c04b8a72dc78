import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ENDORSEMENT_MAX_LENGTH } from '@passerelle/contracts';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { Saving } from './saving';

/**
 * A mentor's endorsement of a learner of their cohort (admins: any learner): a few words on
 * what the learner does well. It joins the learner's evidence; employers see it only when the
 * learner shares their endorsements.
 */
@Component({
  selector: 'pc-endorse-form',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="endorse-heading" data-testid="endorse">
      <h2 id="endorse-heading">{{ 'hiring.endorse' | t }}</h2>
      <form (submit)="$event.preventDefault(); send()" novalidate>
        <label for="endorse-body">{{ 'hiring.endorse' | t }}: {{ learnerName() }}</label>
        <span class="field__hint" id="endorse-hint">
          {{ 'hiring.endorseHint' | t: { name: learnerName() } }}
        </span>
        <textarea
          id="endorse-body"
          rows="3"
          [maxLength]="max"
          [value]="body()"
          (input)="body.set($any($event.target).value)"
          [attr.aria-invalid]="missing() ? 'true' : null"
          [attr.aria-describedby]="missing() ? 'endorse-hint endorse-error' : 'endorse-hint'"
          data-testid="endorse-body"
        ></textarea>
        @if (missing()) {
          <span class="field__error" id="endorse-error">{{ 'errors.field.required' | t }}</span>
        }
        @if (sending.error(); as e) {
          <p class="alert" role="alert" data-testid="endorse-error">{{ e | message }}</p>
        }
        <p class="done" role="status" data-testid="endorse-done">
          @if (done()) {
            <span class="alert alert--success">{{ 'hiring.endorsed' | t }}</span>
          }
        </p>
        <button type="submit" class="button" [disabled]="sending.busy()" data-testid="endorse-send">
          {{ (sending.busy() ? 'common.pleaseWait' : 'hiring.endorse') | t }}
        </button>
      </form>
    </section>
  `,
  styles: `
    label {
      display: block;
      font-weight: 600;
    }
    .field__hint {
      display: block;
      margin-block-end: 0.25rem;
    }
    textarea {
      inline-size: 100%;
      min-block-size: 5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid #6b7785;
      border-radius: 0.5rem;
      font: inherit;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--pa-danger);
    }
    .done {
      margin-block: 0.5rem;
    }
    .done .alert {
      display: block;
      margin: 0;
    }
  `,
})
export class EndorseFormComponent {
  private readonly http = inject(HttpClient);
  protected readonly i18n = inject(I18n);
  readonly learnerId = input.required<string>();
  readonly learnerName = input.required<string>();

  protected readonly max = ENDORSEMENT_MAX_LENGTH;
  protected readonly body = signal('');
  protected readonly missing = signal(false);
  protected readonly done = signal(false);
  protected readonly sending = new Saving();

  protected async send(): Promise<void> {
    const body = this.body().trim();
    this.missing.set(body === '');
    this.done.set(false);
    if (body === '' || this.sending.busy()) return;
    const sent = await this.sending.run(() =>
      firstValueFrom(
        this.http.post<void>(`/api/learners/${this.learnerId()}/endorsements`, { body }),
      ),
    );
    if (sent) {
      this.body.set('');
      this.done.set(true);
    }
  }
}
