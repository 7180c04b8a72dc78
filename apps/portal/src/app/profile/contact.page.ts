import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  type ContactChannel,
  contactChannelsFor,
  isPhoneNumber,
  type MyContactView,
  normalisePhone,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { ContactApi } from './contact.api';

interface ContactDraft {
  phone: string;
  contactVia: ContactChannel;
}

/** What the learner typed, checked with the API's own rule before it is sent. */
export function contactProblem(draft: ContactDraft): { field: 'phone'; message: UiMessage } | null {
  const phone = draft.phone.trim();
  if (phone !== '' && !isPhoneNumber(phone)) {
    return { field: 'phone', message: { key: 'contact.phoneInvalid' } };
  }
  if (draft.contactVia === 'phone' && phone === '') {
    return { field: 'phone', message: { key: 'contact.via.phoneMissing' } };
  }
  return null;
}

/**
 * "How employers can reach you": an optional phone number and one way, among those the learner
 * has (no email choice without an email). Private until the learner accepts an interview.
 */
@Component({
  selector: 'pl-profile-contact-page',
  imports: [TranslatePipe, MessagePipe, FieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loadError(); as e) {
      <div class="alert" role="alert" data-testid="contact-error">
        <p>{{ e | message }}</p>
        <button class="button button--secondary" type="button" (click)="load()">
          {{ 'assessment.tryAgain' | t }}
        </button>
      </div>
    }
    @if (draft(); as d) {
      <form
        class="card"
        aria-labelledby="contact-title"
        (submit)="$event.preventDefault(); save()"
        novalidate
      >
        <h2 id="contact-title">{{ 'contact.title' | t }}</h2>
        <p>{{ 'contact.intro' | t }}</p>

        <pa-field label="contact.phone" [hint]="phoneHint" [error]="phoneError()">
          <input
            paFieldControl
            type="tel"
            inputmode="tel"
            autocomplete="tel"
            dir="ltr"
            maxlength="24"
            [value]="d.phone"
            (input)="setPhone($any($event.target).value)"
            data-testid="contact-phone"
          />
        </pa-field>

        <fieldset class="group">
          <legend>{{ 'contact.via' | t }}</legend>
          @for (channel of channels(); track channel) {
            <label class="choice">
              <input
                type="radio"
                name="contact-via"
                [value]="channel"
                [checked]="d.contactVia === channel"
                (change)="setVia(channel)"
                [attr.aria-describedby]="'via-help-' + channel"
                [attr.data-testid]="'contact-via-' + channel"
              />
              <span>
                <strong>{{ viaKey(channel) | t }}</strong>
                <span class="field__hint" [id]="'via-help-' + channel">
                  {{ helpOf(channel) | message }}
                </span>
              </span>
            </label>
          }
          @if (!saved()?.email) {
            <p class="note" data-testid="contact-no-email">{{ 'contact.noEmail' | t }}</p>
          }
        </fieldset>

        @if (error(); as e) {
          <p class="alert" role="alert" data-testid="contact-save-error">{{ e | message }}</p>
        }
        <div role="status">
          @if (notice()) {
            <p class="alert alert--success" data-testid="contact-saved">
              {{ 'contact.saved' | t }}
            </p>
          }
        </div>
        <button
          class="button button--block"
          type="submit"
          [disabled]="busy()"
          data-testid="contact-save"
        >
          {{ (busy() ? 'common.pleaseWait' : 'contact.save') | t }}
        </button>
      </form>
    } @else if (!loadError()) {
      <p role="status">{{ 'common.pleaseWait' | t }}</p>
    }
  `,
  styles: `
    .group {
      border: 0;
      padding: 0;
      margin: var(--pa-space) 0;
      min-inline-size: 0;
    }
    .group legend {
      font-weight: 700;
      padding: 0;
      margin-block-end: 0.5rem;
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      min-block-size: var(--pa-tap);
      padding-block: 0.5rem;
      border-block-start: 1px solid var(--pa-line);
      cursor: pointer;
    }
    .choice input {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
    }
    .choice .field__hint {
      display: block;
    }
    .note {
      color: var(--pa-ink-soft);
    }
  `,
})
export class ContactPage {
  private readonly api = inject(ContactApi);

  protected readonly saved = signal<MyContactView | null>(null);
  protected readonly draft = signal<ContactDraft | null>(null);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly fieldErrors = signal<Record<string, UiMessage>>({});
  protected readonly notice = signal(false);
  protected readonly busy = signal(false);
  protected readonly phoneHint: UiMessage = { key: 'contact.phoneHint' };

  /** The ways the learner can choose now: phone once a number is typed (checked on save). */
  protected readonly channels = computed(() =>
    contactChannelsFor({
      email: !!this.saved()?.email,
      phone: (this.draft()?.phone ?? '').trim() !== '',
    }),
  );
  protected readonly phoneError = computed(() => this.fieldErrors()['phone'] ?? null);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.received(await this.api.mine());
    } catch (error) {
      this.loadError.set(explainError(error).message);
    }
  }

  protected viaKey(channel: ContactChannel): MessageKey {
    return `contact.via.${channel}`;
  }

  protected helpOf(channel: ContactChannel): UiMessage {
    switch (channel) {
      case 'email':
        return { key: 'contact.via.emailHelp', params: { email: this.saved()?.email ?? '' } };
      case 'phone':
        return { key: 'contact.via.phoneHelp' };
      case 'passerelle':
        return { key: 'contact.via.passerelleHelp' };
    }
  }

  protected setPhone(phone: string): void {
    this.notice.set(false);
    this.fieldErrors.set({});
    this.draft.update((d) => {
      if (!d) return d;
      // A number that is no longer there cannot stay the chosen way.
      const contactVia =
        d.contactVia === 'phone' && phone.trim() === '' ? this.fallbackVia() : d.contactVia;
      return { phone, contactVia };
    });
  }

  protected setVia(contactVia: ContactChannel): void {
    this.notice.set(false);
    this.draft.update((d) => d && { ...d, contactVia });
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    if (!draft) return;
    this.error.set(null);
    this.notice.set(false);
    const problem = contactProblem(draft);
    if (problem) {
      this.fieldErrors.set({ [problem.field]: problem.message });
      return;
    }
    this.busy.set(true);
    try {
      const phone = draft.phone.trim() === '' ? null : normalisePhone(draft.phone);
      this.received(await this.api.save({ phone, contactVia: draft.contactVia }));
      this.notice.set(true);
    } catch (error) {
      const explained = explainError(error);
      this.fieldErrors.set(
        explained.fields['phone'] ? { phone: { key: 'contact.phoneInvalid' } } : {},
      );
      this.error.set(explained.message);
    } finally {
      this.busy.set(false);
    }
  }

  private fallbackVia(): ContactChannel {
    return this.saved()?.email ? 'email' : 'passerelle';
  }

  private received(view: MyContactView): void {
    this.saved.set(view);
    this.draft.set({ phone: view.phone ?? '', contactVia: view.contactVia });
    this.fieldErrors.set({});
  }
}
