import type { AbstractControl } from '@angular/forms';
import type { UiMessage } from '@passerelle/i18n';

/**
 * The message to show under a form field: the browser-side rule it breaks, else what the
 * server said about it. Shown only once the learner has left the field or tried to submit.
 */
export function fieldMessage(
  control: AbstractControl,
  submitted: boolean,
  serverMessage?: UiMessage,
): UiMessage | null {
  if (!submitted && !control.touched) return null;
  const errors = control.errors;
  if (errors?.['required']) return { key: 'errors.field.required' };
  if (errors?.['email']) return { key: 'errors.field.email' };
  if (errors?.['minlength']) {
    return { key: 'errors.field.minLength', params: { min: errors['minlength'].requiredLength } };
  }
  if (errors?.['maxlength']) {
    return { key: 'errors.field.maxLength', params: { max: errors['maxlength'].requiredLength } };
  }
  if (errors?.['pattern']) return { key: 'errors.field.username' };
  if (errors) return { key: 'errors.field.invalid' };
  return serverMessage ?? null;
}
