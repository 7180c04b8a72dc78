import { readSeedData } from '../../../common/seed-data/seed-data';
import { type AuthoredModule, exercise, type SeedCodingCourse } from './authoring';
import { codingCourseSource } from './schema';

export type { SeedCodingCourse, SeedExercise } from './authoring';

const SOURCE = readSeedData('courses/javascript-foundations.json', codingCourseSource);

/** In the order learners meet them: each module uses only what the ones before it taught. */
const MODULES: AuthoredModule[] = SOURCE.modules.map((module) => ({
  translations: module.translations,
  exercises: module.exercises.map(exercise),
}));

/** Demo content for the code track, from hello-world to lists and objects, in every language. */
export const JAVASCRIPT_FOUNDATIONS: SeedCodingCourse = {
  course: SOURCE.course,
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
