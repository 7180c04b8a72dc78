import {
  type CourseLevels,
  type ExerciseDefinition,
  type FieldError,
  ItemKind,
  type ItemText,
  type LanguageCode,
  type QuizQuestion,
  type Translations,
} from '@passerelle/contracts';
import { questionProblem } from '@passerelle/learning';

import { ValidationFailed } from '../common/problem/app-error';
import type { CourseTree } from './course-tree';

/**
 * The rules of course content that class-validator cannot see: the default language is always
 * there, levels make sense, each kind of item carries what it needs. Pure, so that creating and
 * editing apply the very same rules.
 */

export function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new ValidationFailed(errors);
}

export function missingLanguage(
  translations: Translations<unknown> | undefined,
  language: LanguageCode,
  field: string,
): FieldError[] {
  return translations?.[language]
    ? []
    : [
        {
          field: `${field}.${language}`,
          code: 'isDefined',
          message: `${field} must include the default language (${language})`,
        },
      ];
}

export function requireLanguage(
  translations: Translations<unknown> | undefined,
  language: LanguageCode,
  field: string,
): void {
  throwIfAny(missingLanguage(translations, language, field));
}

export function checkLevels(levels: CourseLevels): void {
  throwIfAny(
    Object.entries(levels)
      .filter(([, range]) => range && range.target < range.entry)
      .map(([area]) => ({
        field: `levels.${area}.target`,
        code: 'min',
        message: 'target must not be below entry',
      })),
  );
}

/** An item's content as created, or as it will be after an edit. */
export interface ItemContent {
  translations: Translations<ItemText>;
  questions?: QuizQuestion[] | null;
  exercise?: ExerciseDefinition;
  referenceSolution?: string;
}

/**
 * Checks an item of `kind`. `exerciseRequired` is false when an edit keeps the stored
 * exercise; quizzes always need their questions (an edit merges in the stored ones).
 */
export function checkItem(
  kind: ItemKind,
  content: ItemContent,
  language: LanguageCode,
  exerciseRequired: boolean,
): void {
  const errors = missingLanguage(content.translations, language, 'translations');
  if (kind === ItemKind.Lesson) {
    for (const [code, text] of Object.entries(content.translations)) {
      if (!text?.body?.trim()) {
        errors.push({
          field: `translations.${code}.body`,
          code: 'isDefined',
          message: 'a lesson needs a body in each of its languages',
        });
      }
    }
  }
  if (kind === ItemKind.Quiz) {
    errors.push(...quizProblems(content.questions ?? [], language));
  } else if (content.questions) {
    errors.push({
      field: 'questions',
      code: 'whitelistValidation',
      message: 'only quizzes have questions',
    });
  }
  if (kind === ItemKind.Exercise) {
    if (content.exercise) errors.push(...exerciseProblems(content.exercise, language));
    else if (exerciseRequired) {
      errors.push({
        field: 'exercise',
        code: 'isDefined',
        message: 'an exercise item needs its exercise',
      });
    }
  } else {
    for (const field of ['exercise', 'referenceSolution'] as const) {
      if (content[field] !== undefined) {
        errors.push({ field, code: 'whitelistValidation', message: 'only exercises have this' });
      }
    }
  }
  throwIfAny(errors);
}

function quizProblems(questions: QuizQuestion[], language: LanguageCode): FieldError[] {
  if (questions.length === 0) {
    return [{ field: 'questions', code: 'isDefined', message: 'a quiz needs questions' }];
  }
  const errors: FieldError[] = [];
  questions.forEach((question, i) => {
    const text = question.translations[language];
    if (!text) {
      errors.push({
        field: `questions.${i}.translations.${language}`,
        code: 'isDefined',
        message: 'each question needs the default language',
      });
      return;
    }
    const counts = Object.values(question.translations).map((t) => t?.options.length);
    if (counts.some((n) => n !== text.options.length)) {
      errors.push({
        field: `questions.${i}.translations`,
        code: 'sameOptions',
        message: 'every language needs the same number of options',
      });
    }
    const problem = questionProblem(question, text.options.length);
    if (problem) {
      errors.push({ field: `questions.${i}.answer`, code: 'validAnswer', message: problem });
    }
  });
  return errors;
}

function exerciseProblems(exercise: ExerciseDefinition, language: LanguageCode): FieldError[] {
  const errors = missingLanguage(exercise.translations, language, 'exercise.translations');
  const hints = exercise.translations[language]?.hints.length;
  for (const [code, text] of Object.entries(exercise.translations)) {
    if (hints !== undefined && text && text.hints.length !== hints) {
      errors.push({
        field: `exercise.translations.${code}.hints`,
        code: 'sameHints',
        message: `every language needs the same number of hints (${hints})`,
      });
    }
  }
  return errors;
}

/** A part of a course and its translations, for the default-language check. */
export interface TranslatedPart {
  label: string;
  translations: Translations<unknown>;
}

/** Every translated part of a course, named so that a mentor can find it. */
export function courseParts(
  tree: CourseTree,
  exercises: ReadonlyMap<string, ExerciseDefinition>,
): TranslatedPart[] {
  return tree.modules.flatMap((module, m) => [
    { label: `module ${m + 1}`, translations: module.translations },
    ...module.items.flatMap((item, i) => {
      const label = `module ${m + 1} item ${i + 1}`;
      const exercise = exercises.get(item.id);
      return [
        { label, translations: item.translations },
        ...(item.questions ?? []).map((q, n) => ({
          label: `${label} question ${n + 1}`,
          translations: q.translations,
        })),
        ...(exercise ? [{ label: `${label} exercise`, translations: exercise.translations }] : []),
      ];
    }),
  ]);
}

/** Refuses a default language that some part of the course is not written in yet. */
export function checkDefaultLanguageCovered(parts: TranslatedPart[], language: LanguageCode) {
  const missing = parts.filter((part) => !part.translations[language]).map((part) => part.label);
  if (missing.length === 0) return;
  throw ValidationFailed.field(
    'defaultLanguage',
    'translated',
    `every part of the course needs ${language} before it becomes the default language; ` +
      `missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
  );
}
