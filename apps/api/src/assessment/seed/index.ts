import { CODING_ITEMS } from './coding';
import { COMMUNICATION_ITEMS } from './communication';
import { CONTENT_CREATION_ITEMS } from './content-creation';
import { INFORMATION_ITEMS } from './information';
import { PROBLEM_SOLVING_ITEMS } from './problem-solving';
import { SAFETY_ITEMS } from './safety';
import type { SeedAssessmentItem } from './types';

export * from './types';

/** The initial skills assessment's seed item bank: every area, in the framework's order. */
export const ASSESSMENT_ITEMS: readonly SeedAssessmentItem[] = [
  ...INFORMATION_ITEMS,
  ...COMMUNICATION_ITEMS,
  ...CONTENT_CREATION_ITEMS,
  ...SAFETY_ITEMS,
  ...PROBLEM_SOLVING_ITEMS,
  ...CODING_ITEMS,
];
