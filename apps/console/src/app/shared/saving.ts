import { signal } from '@angular/core';
import { type FieldError, ProblemType } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError, problemOf } from '@passerelle/web-auth';

/** Field error codes of course authoring, in words a mentor can act on. */
const AUTHORING_CODES: Record<string, MessageKey> = {
  validAnswer: 'authoring.errors.validAnswer',
  sameOptions: 'authoring.errors.sameOptions',
  sameHints: 'authoring.errors.sameHints',
  mustPass: 'authoring.errors.mustPass',
  mustFail: 'authoring.errors.mustFail',
  translated: 'authoring.errors.translated',
  notEmpty: 'authoring.errors.notEmpty',
  unique: 'authoring.errors.slugTaken',
};

function messageOf(error: FieldError, fallback: UiMessage | undefined): UiMessage {
  const key = AUTHORING_CODES[error.code];
  if (key) return { key };
  if (error.code === 'matches' && error.field === 'slug') return { key: 'authoring.errors.slug' };
  if (error.code === 'matches' && error.field.endsWith('solutionFile')) {
    return { key: 'authoring.errors.solutionFile' };
  }
  return fallback ?? { key: 'errors.field.invalid' };
}

/**
 * One save (or delete, or move) in flight: busy while it runs, then what went wrong, overall
 * and per field path as the API names it (`translations.fr.title`, `questions.0.answer`), so
 * that each message shows next to its field, and language tabs can show which hold errors.
 */
export class Saving {
  readonly busy = signal(false);
  readonly error = signal<UiMessage | null>(null);
  /** What the grader said, for messages worth reading in full (a failing reference run). */
  readonly details = signal<string | null>(null);
  private readonly fields = signal<Record<string, UiMessage>>({});

  /** The message for one field path, if the last attempt failed on it. */
  field(path: string): UiMessage | null {
    return this.fields()[path] ?? null;
  }

  /** Whether any failing field path lies under `prefix` (e.g. `questions.2`). */
  hasErrorsUnder(prefix: string): boolean {
    return Object.keys(this.fields()).some((p) => p === prefix || p.startsWith(`${prefix}.`));
  }

  /** The languages that failing field paths name (`translations.fr.title` → fr). */
  languagesWithErrors(): Set<string> {
    const found = new Set<string>();
    for (const path of Object.keys(this.fields())) {
      for (const part of path.split('.')) if (/^[a-z]{2}$/.test(part)) found.add(part);
    }
    return found;
  }

  clear(): void {
    this.error.set(null);
    this.details.set(null);
    this.fields.set({});
  }

  /**
   * Runs `work`; a failure becomes messages. `conflict` words a 409 for this action (the
   * generic one speaks of emails). Resolves true on success.
   */
  async run(work: () => Promise<unknown>, conflict?: MessageKey): Promise<boolean> {
    this.clear();
    this.busy.set(true);
    try {
      await work();
      return true;
    } catch (error) {
      const explained = explainError(error);
      const problem = problemOf(error);
      const fields: Record<string, UiMessage> = {};
      for (const fieldError of problem?.errors ?? []) {
        fields[fieldError.field] ??= messageOf(fieldError, explained.fields[fieldError.field]);
        if (fieldError.code === 'mustPass') this.details.set(fieldError.message);
      }
      this.fields.set(fields);
      if (problem?.type === ProblemType.Conflict) {
        this.error.set({
          key: problem.errors?.length
            ? 'errors.checkFields'
            : (conflict ?? 'authoring.errors.conflict'),
        });
      } else {
        this.error.set(explained.message);
      }
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
