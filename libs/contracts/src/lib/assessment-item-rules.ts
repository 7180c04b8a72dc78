import {
  ASSESSMENT_CODE_MAX_LENGTH,
  ASSESSMENT_COMPETENCES,
  ASSESSMENT_IMAGE_PATTERN,
  ASSESSMENT_OPTION_MAX_LENGTH,
  ASSESSMENT_OPTIONS_MAX,
  ASSESSMENT_OPTIONS_MIN,
  ASSESSMENT_PROMPT_MAX_LENGTH,
  AssessmentItemKind,
  type AssessmentItemRequest,
  IRT_BOUNDS,
  ITEM_KEY_PATTERN,
} from './assessment';
import { type FieldRuleProblem, numberProblem, RuleProblems, textProblem } from './form-rules';
import { QuestionKind } from './learning';
import type { FieldError } from './problem';
import { questionProblem } from './quiz-rules';

/**
 * The rules of an item's fields one by one, with the limits the API's DTO applies: a key, a
 * picture's file name, the code's length, the IRT parameters' ranges, and in each language
 * written a prompt, every option and a picture's alt text within their lengths. The console
 * checks a draft with them before sending it.
 */
export function itemFieldProblems(item: AssessmentItemRequest): FieldRuleProblem[] {
  const problems = new RuleProblems()
    .add('key', textProblem(item.key, { required: true, pattern: ITEM_KEY_PATTERN }))
    .add('code', textProblem(item.code ?? '', { max: ASSESSMENT_CODE_MAX_LENGTH }));
  if (item.kind === AssessmentItemKind.Picture) {
    problems.add(
      'image',
      textProblem(item.image ?? '', { required: true, pattern: ASSESSMENT_IMAGE_PATTERN }),
    );
  }
  const { aMin, aMax, bMin, bMax, cMax } = IRT_BOUNDS;
  problems
    .add('irt.a', numberProblem(item.irt.a, { min: aMin, max: aMax }))
    .add('irt.b', numberProblem(item.irt.b, { min: bMin, max: bMax }))
    .add('irt.c', numberProblem(item.irt.c ?? 0, { min: 0, max: cMax }));
  for (const [code, text] of Object.entries(item.translations)) {
    if (!text) continue;
    const base = `translations.${code}`;
    problems.add(
      `${base}.prompt`,
      textProblem(text.prompt, { required: true, max: ASSESSMENT_PROMPT_MAX_LENGTH }),
    );
    text.options.forEach((option, i) =>
      problems.add(
        `${base}.options.${i}`,
        textProblem(option, { required: true, max: ASSESSMENT_OPTION_MAX_LENGTH }),
      ),
    );
    problems.add(
      `${base}.options`,
      numberProblem(text.options.length, {
        min: ASSESSMENT_OPTIONS_MIN,
        max: ASSESSMENT_OPTIONS_MAX,
      }),
    );
    if (text.alt !== undefined) {
      problems.add(
        `${base}.alt`,
        textProblem(text.alt, { required: true, max: ASSESSMENT_PROMPT_MAX_LENGTH }),
      );
    }
  }
  if (item.answer.length === 0) problems.add('answer', { code: 'required' });
  return problems.list;
}

/**
 * What is wrong with an item as a whole, field by field: the rules that tie fields together
 * (the DTO has checked each field alone). Every language has the same number of options, the
 * fallback language is written, the competence belongs to the area, the answer key fits the
 * kind, and a picture item has its picture. The API refuses an item with any of them; the
 * console shows them before sending.
 */
export function itemProblems(item: AssessmentItemRequest): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, code: string, message: string) =>
    problems.push({ field, code, message });
  const competence = (ASSESSMENT_COMPETENCES as Record<string, { area: string }>)[item.competence];
  if (!competence) add('competence', 'unknownCompetence', 'Choose a competence from the list.');
  else if (competence.area !== item.area) {
    add('competence', 'wrongArea', `Competence ${item.competence} is not in this area.`);
  }
  const texts = Object.entries(item.translations).filter(([, text]) => text !== undefined);
  if (!item.translations[item.fallbackLanguage]) {
    add(
      `translations.${item.fallbackLanguage}`,
      'fallbackMissing',
      'Write the item in its fallback language.',
    );
  }
  const counts = new Set(texts.map(([, text]) => text?.options.length));
  if (counts.size > 1) {
    add(
      'translations',
      'optionCounts',
      'Every language needs the same options, in the same order.',
    );
  }
  const optionCount = item.translations[item.fallbackLanguage]?.options.length ?? 0;
  const keyProblem = optionCount > 0 ? answerKeyProblem(item, item.answer, optionCount) : null;
  if (keyProblem) add('answer', 'answerKey', `The answer key is wrong: ${keyProblem}.`);
  if (item.kind === AssessmentItemKind.Picture && !item.image) {
    add('image', 'imageRequired', 'A picture item needs its picture.');
  }
  if (item.kind !== AssessmentItemKind.Picture && item.image) {
    add('image', 'imageNotAllowed', 'Only picture items have a picture.');
  }
  return problems;
}

/**
 * Why an item's answer key does not fit its kind and `options`, or null; a picture item is
 * answered as a single choice.
 */
export function answerKeyProblem(
  item: Pick<AssessmentItemRequest, 'kind'>,
  answer: number[],
  options: number,
): string | null {
  const kind = item.kind === AssessmentItemKind.Picture ? QuestionKind.Single : item.kind;
  return questionProblem({ kind, answer }, options);
}
