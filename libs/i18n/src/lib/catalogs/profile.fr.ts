import type { profileEn } from './profile.en';

/** The learner's candidate profile in the portal: what they write, consent, evidence, views. */
export const profileFr: Record<keyof typeof profileEn, string> = {};
