import type { jobsEn } from './jobs.en';

/** Job postings in the console: an organisation's jobs and their requirements. */
export const jobsFr: Record<keyof typeof jobsEn, string> = {};
