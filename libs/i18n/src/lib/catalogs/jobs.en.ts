/** Job postings in the console: an organisation's jobs and their requirements. */
export const jobsEn = {} as const;
