import { type Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidatorFn } from '@angular/forms';
import type { UiMessage } from '@passerelle/i18n';

/**
 * How the apps' editors hold their forms: a typed reactive form (`NonNullableFormBuilder`),
 * checked as a whole by one validator that applies the contracts' rules and names each problem
 * by the field path the API uses (`title`, `translations.fr.prompt`), so that the browser's
 * checks and the server's field errors show in the same places, in the same words.
 */

/** Problems by field path, in words the page shows. */
export type FieldProblems = Record<string, UiMessage>;

/** A form-level validator from a check of the whole value: `{ problems }` when it finds any. */
export function problemsValidator<T>(check: (value: T) => FieldProblems): ValidatorFn {
  return (control) => {
    const problems = check(control.getRawValue() as T);
    return Object.keys(problems).length > 0 ? { problems } : null;
  };
}

/** The problems `problemsValidator` found on `form`, or none. */
export function problemsOf(form: AbstractControl): FieldProblems {
  return (form.errors?.['problems'] as FieldProblems | undefined) ?? {};
}

type RawValue<F extends AbstractControl> = ReturnType<F['getRawValue']>;

/**
 * A form's whole value (disabled controls included) and its problems as signals, following
 * every change, so that computed state (unsaved changes, tabs with errors) reads them as it
 * reads any signal. Call it where `inject` works (a field initialiser).
 */
export function formState<F extends AbstractControl>(
  form: F,
): { value: Signal<RawValue<F>>; problems: Signal<FieldProblems> } {
  const value = signal(form.getRawValue() as RawValue<F>);
  const problems = signal(problemsOf(form));
  form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
    value.set(form.getRawValue() as RawValue<F>);
    problems.set(problemsOf(form));
  });
  return { value: value.asReadonly(), problems: problems.asReadonly() };
}
