import type { hiringEn } from './hiring.en';

/** Hiring in the console: the pipeline, notes, endorsements and outcomes. */
export const hiringAr: Record<keyof typeof hiringEn, string> = {};
