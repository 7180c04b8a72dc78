import type { assessmentEn } from './assessment.en';

/** Learner assessment (portal): intake, the test, results. */
export const assessmentAr: Record<keyof typeof assessmentEn, string> = {};
