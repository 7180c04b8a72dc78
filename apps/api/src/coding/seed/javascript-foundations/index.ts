import { ARRAYS } from './arrays';
import type { AuthoredModule, SeedCodingCourse } from './authoring';
import { CONDITIONS } from './conditions';
import { FIRST_FUNCTIONS } from './first-functions';
import { OBJECTS } from './objects';
import { STRINGS } from './strings';

export type { SeedCodingCourse, SeedExercise } from './authoring';

/** In the order learners meet them: each module uses only what the ones before it taught. */
const MODULES: AuthoredModule[] = [FIRST_FUNCTIONS, CONDITIONS, STRINGS, ARRAYS, OBJECTS];

/** Demo content for the code track, from hello-world to lists and objects, in every language. */
export const JAVASCRIPT_FOUNDATIONS: SeedCodingCourse = {
  course: {
    slug: 'javascript-foundations',
    defaultLanguage: 'en',
    translations: {
      en: {
        title: 'JavaScript foundations',
        summary: 'Write your first programs: functions, conditions, text, lists and objects.',
      },
      fr: {
        title: 'Les bases de JavaScript',
        summary:
          'Écrivez vos premiers programmes : fonctions, conditions, textes, listes et objets.',
      },
      ar: {
        title: 'أساسيات JavaScript',
        summary: 'اكتب برامجك الأولى: الدوال والشروط والنصوص والقوائم والكائنات.',
      },
    },
    levels: { coding: { entry: 2, target: 4 }, 'problem-solving': { entry: 2, target: 4 } },
  },
  // Only what is seeded: the reference solutions stay out of the stored exercises.
  modules: MODULES.map((module) => ({
    translations: module.translations,
    exercises: module.exercises.map(({ translations, exercise }) => ({ translations, exercise })),
  })),
};

/** Reference solutions by solution file, used by the tests to prove each exercise can be passed. */
export const REFERENCE_SOLUTIONS: Record<string, string> = {};
for (const { exercises } of MODULES) {
  for (const { exercise, solution } of exercises) {
    if (exercise.solutionFile in REFERENCE_SOLUTIONS) {
      throw new Error(`Two exercises of the JavaScript course use ${exercise.solutionFile}`);
    }
    REFERENCE_SOLUTIONS[exercise.solutionFile] = solution;
  }
}
