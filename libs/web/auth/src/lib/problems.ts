import { HttpErrorResponse } from '@angular/common/http';
import {
  type FieldError,
  type FieldRuleProblem,
  isProblemDetails,
  type ProblemDetails,
  ProblemType,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';

/** What went wrong, in words the UI can translate: one message, and one per field. */
export interface ExplainedError {
  message: UiMessage;
  fields: Record<string, UiMessage>;
}

const FIELD_MESSAGES: Record<string, (error: FieldError) => UiMessage> = {
  isEmail: () => ({ key: 'errors.field.email' }),
  isDefined: () => ({ key: 'errors.field.required' }),
  minLength: (e) => ({ key: 'errors.field.minLength', params: { min: numberIn(e.message) } }),
  maxLength: (e) => ({ key: 'errors.field.maxLength', params: { max: numberIn(e.message) } }),
  isLength: (e) =>
    /shorter|longer than or equal to 1 /.test(e.message) || /must be longer/.test(e.message)
      ? { key: 'errors.field.required' }
      : { key: 'errors.field.maxLength', params: { max: numberIn(e.message) } },
  matches: (e) =>
    e.field === 'username' ? { key: 'errors.field.username' } : { key: 'errors.field.invalid' },
  unique: () => ({ key: 'errors.conflict' }),
};

function numberIn(message: string): string {
  return message.match(/\d+/)?.[0] ?? '';
}

export function problemOf(error: unknown): ProblemDetails | null {
  if (error instanceof HttpErrorResponse && isProblemDetails(error.error)) return error.error;
  return null;
}

/** Maps any failed API call to translatable messages, never to raw server text. */
export function explainError(error: unknown): ExplainedError {
  if (error instanceof HttpErrorResponse && error.status === 0) {
    return { message: { key: 'errors.network' }, fields: {} };
  }
  const problem = problemOf(error);
  const fields: Record<string, UiMessage> = {};
  for (const fieldError of problem?.errors ?? []) {
    fields[fieldError.field] ??= (
      FIELD_MESSAGES[fieldError.code] ?? (() => ({ key: 'errors.field.invalid' }))
    )(fieldError);
  }
  switch (problem?.type) {
    case ProblemType.InvalidCredentials:
      return { message: { key: 'errors.invalidCredentials' }, fields };
    case ProblemType.TooManyRequests:
      return { message: { key: 'errors.tooManyRequests' }, fields };
    case ProblemType.Conflict:
      return { message: { key: 'errors.conflict' }, fields };
    case ProblemType.Forbidden:
      return { message: { key: 'errors.forbidden' }, fields };
    case ProblemType.Unauthenticated:
    case ProblemType.InvalidRefreshToken:
      return { message: { key: 'errors.sessionExpired' }, fields };
    case ProblemType.InvitationUnusable:
      return { message: { key: 'acceptInvitation.unusable' }, fields };
    case ProblemType.ResetLinkUnusable:
      return { message: { key: 'recovery.linkUnusable' }, fields };
    case ProblemType.ResetCodeInvalid:
      return { message: { key: 'recovery.codeInvalid' }, fields };
    case ProblemType.Validation:
      return { message: { key: 'errors.checkFields' }, fields };
    default:
      return { message: { key: 'errors.generic' }, fields };
  }
}

/**
 * The usual words for a rule of the contracts (`textProblem`, `numberProblem`) that a form's
 * check found: missing, too long, or not as it should be. Forms word ranges and patterns
 * themselves, as they know what the field holds.
 */
export function ruleMessage(problem: FieldRuleProblem): UiMessage {
  switch (problem.code) {
    case 'required':
      return { key: 'errors.field.required' };
    case 'maxLength':
      return { key: 'errors.field.maxLength', params: { max: problem.max } };
    default:
      return { key: 'errors.field.invalid' };
  }
}
