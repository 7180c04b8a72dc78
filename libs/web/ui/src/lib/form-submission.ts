import { signal } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';

import { fieldMessage } from './form-errors';

/**
 * A form being sent: whether it was tried, whether it is in flight, and what went wrong,
 * overall and per field, from the browser's own checks or from the API's answer.
 */
export class FormSubmission<TControls extends Record<string, AbstractControl>> {
  readonly busy = signal(false);
  readonly error = signal<UiMessage | null>(null);
  private readonly submitted = signal(false);
  private readonly serverFields = signal<Record<string, UiMessage>>({});

  constructor(private readonly form: FormGroup<TControls>) {}

  /** The message to show under the named field, if any. */
  message(name: keyof TControls & string): UiMessage | null {
    return fieldMessage(this.form.controls[name], this.submitted(), this.serverFields()[name]);
  }

  /** Checks the form, then runs `send`; a failure becomes messages. Resolves true on success. */
  async run(send: () => Promise<unknown>): Promise<boolean> {
    this.submitted.set(true);
    this.error.set(null);
    this.serverFields.set({});
    if (this.form.invalid) {
      this.error.set({ key: 'errors.checkFields' });
      return false;
    }
    this.busy.set(true);
    try {
      await send();
      return true;
    } catch (error) {
      const explained = explainError(error);
      this.error.set(explained.message);
      this.serverFields.set(explained.fields);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** After a success that stays on the page: a fresh, untried form. */
  reset(): void {
    this.form.reset();
    this.submitted.set(false);
  }
}
