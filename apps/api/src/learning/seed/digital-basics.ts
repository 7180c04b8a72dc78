import type {
  CreateCourseRequest,
  CreateItemRequest,
  ModuleText,
  Translations,
} from '@passerelle/contracts';

import { readSeedData } from '../../common/seed-data/seed-data';
import { seedCourse } from './schema';

/** Demo content: a course of lessons and quizzes, as in apps/api/seed/courses/<slug>.json. */
export interface SeedCourse {
  course: CreateCourseRequest;
  modules: { translations: Translations<ModuleText>; items: CreateItemRequest[] }[];
}

/** Reads and checks a course of lessons and quizzes from the seed data. */
export function loadSeedCourse(slug: string): SeedCourse {
  return readSeedData(`courses/${slug}.json`, seedCourse);
}

/** A course for learners at foundation levels, in English, French and Arabic. */
export const DIGITAL_BASICS: SeedCourse = loadSeedCourse('digital-basics');
