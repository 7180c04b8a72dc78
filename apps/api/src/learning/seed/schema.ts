import {
  COMPETENCE_AREAS,
  type CreateCourseRequest,
  ItemKind,
  LANGUAGE_CODES,
  type ModuleText,
  QuestionKind,
  type Translations,
} from '@passerelle/contracts';

import {
  array,
  type Check,
  integer,
  object,
  oneOf,
  optional,
  partialRecord,
  string,
} from '../../common/seed-data/check';
import type { SeedCourse } from './digital-basics';

/** Texts in some of the platform's languages. */
export function translations<T>(text: Check<T>): Check<Translations<T>> {
  return partialRecord(LANGUAGE_CODES, text);
}

/** A seeded course's own fields, as a mentor would create it. */
export const createCourseRequest: Check<CreateCourseRequest> = object({
  slug: string,
  defaultLanguage: oneOf(LANGUAGE_CODES),
  translations: translations(object({ title: string, summary: string })),
  levels: partialRecord(COMPETENCE_AREAS, object({ entry: integer, target: integer })),
});

export const moduleTranslations: Check<Translations<ModuleText>> = translations(
  object({ title: string }),
);

/**
 * A course of lessons and quizzes (`apps/api/seed/courses/<slug>.json`, as digital-basics):
 * the course, then its modules in order, each with its items in order.
 */
export const seedCourse: Check<SeedCourse> = object({
  course: createCourseRequest,
  modules: array(
    object({
      translations: moduleTranslations,
      items: array(
        object({
          kind: oneOf([ItemKind.Lesson, ItemKind.Quiz]),
          translations: translations(object({ title: string, body: optional(string) })),
          questions: optional(
            array(
              object({
                kind: oneOf(Object.values(QuestionKind)),
                answer: array(integer),
                translations: translations(object({ prompt: string, options: array(string) })),
              }),
            ),
          ),
        }),
      ),
    }),
  ),
});
