import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { problemOf } from '@passerelle/web-auth';

/** Field error codes of the assessment API, in words a mentor can act on. */
const CODES: Record<string, MessageKey> = {
  unknownCompetence: 'bank.errors.competence',
  wrongArea: 'bank.errors.competence',
  fallbackMissing: 'bank.errors.fallbackMissing',
  optionCounts: 'bank.errors.optionCounts',
  answerKey: 'bank.errors.answerKey',
  imageRequired: 'errors.field.required',
  imageNotAllowed: 'bank.errors.imageNotAllowed',
  unique: 'bank.errors.keyTaken',
  unknownCourse: 'attempt.errors.unknownCourse',
};

/** The words for one field error code of the assessment area (the API's, or the browser's). */
export function assessmentCodeMessage(code: string): UiMessage | null {
  const key = CODES[code];
  return key ? { key } : null;
}

/**
 * The messages for the field errors of a failed call whose codes belong to the assessment area
 * (the shared `Saving` words the generic ones), by field path.
 */
export function assessmentFieldMessages(error: unknown): Record<string, UiMessage> {
  const messages: Record<string, UiMessage> = {};
  for (const fieldError of problemOf(error)?.errors ?? []) {
    const message = assessmentCodeMessage(fieldError.code);
    if (message) messages[fieldError.field] ??= message;
  }
  return messages;
}
