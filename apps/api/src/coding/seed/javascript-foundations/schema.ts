import { array, type Check, object, string } from '../../../common/seed-data/check';
import { createCourseRequest, moduleTranslations } from '../../../learning/seed/schema';
import type { CodingCourseSource, ExerciseSource, ExerciseTexts } from './authoring';

const exerciseTexts: Check<ExerciseTexts> = object({
  title: string,
  prompt: string,
  hints: array(string),
});

const exerciseSource: Check<ExerciseSource> = object({
  file: string,
  imports: string,
  starter: string,
  examples: string,
  hidden: string,
  solution: string,
  en: exerciseTexts,
  fr: exerciseTexts,
  ar: exerciseTexts,
});

/** The coding course's file: the course, then its modules in order, each with its exercises. */
export const codingCourseSource: Check<CodingCourseSource> = object({
  course: createCourseRequest,
  modules: array(object({ translations: moduleTranslations, exercises: array(exerciseSource) })),
});
