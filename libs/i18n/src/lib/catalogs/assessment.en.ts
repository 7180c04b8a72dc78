/** Learner assessment (portal): intake, the test, results. */
export const assessmentEn = {} as const;
