/**
 * Small pure checks of single values, shared by the API's own checks and the apps' forms so
 * that a rule (a length, a range, a pattern) is written once. Each answers what is wrong, as a
 * code with the limit it broke, or null; the apps word the code in the reader's language.
 */
export type RuleProblem =
  | { code: 'required' }
  | { code: 'maxLength'; max: number }
  | { code: 'range'; min: number; max: number }
  | { code: 'pattern' };

/** A rule problem found at a field path as the API names it (`translations.fr.prompt`). */
export type FieldRuleProblem = RuleProblem & { field: string };

const REQUIRED: RuleProblem = { code: 'required' };

/**
 * A text as it will be sent (already trimmed where the API trims): required ones must not be
 * empty, none may be longer than `max`, and a `pattern` must match the whole text.
 */
export function textProblem(
  value: string,
  rule: { max?: number; required?: boolean; pattern?: RegExp },
): RuleProblem | null {
  if (value.trim() === '') return rule.required ? REQUIRED : null;
  if (rule.max !== undefined && value.length > rule.max)
    return { code: 'maxLength', max: rule.max };
  if (rule.pattern && !rule.pattern.test(value)) return { code: 'pattern' };
  return null;
}

/**
 * A number within `min`…`max` (whole when `integer`); null, NaN or nothing typed is missing.
 */
export function numberProblem(
  value: number | null | undefined,
  rule: { min: number; max: number; integer?: boolean },
): RuleProblem | null {
  if (value === null || value === undefined || Number.isNaN(value)) return REQUIRED;
  const whole = !rule.integer || Number.isInteger(value);
  if (!whole || value < rule.min || value > rule.max) {
    return { code: 'range', min: rule.min, max: rule.max };
  }
  return null;
}

/** Collects rule problems by field path: the first problem of a field wins. */
export class RuleProblems {
  readonly list: FieldRuleProblem[] = [];

  add(field: string, problem: RuleProblem | null): this {
    if (problem && !this.list.some((p) => p.field === field)) this.list.push({ ...problem, field });
    return this;
  }
}
