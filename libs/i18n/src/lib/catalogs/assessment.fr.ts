import type { assessmentEn } from './assessment.en';

/** Learner assessment (portal): intake, the test, results. */
export const assessmentFr: Record<keyof typeof assessmentEn, string> = {};
