/** The learner's candidate profile in the portal: what they write, consent, evidence, views. */
export const profileEn = {} as const;
