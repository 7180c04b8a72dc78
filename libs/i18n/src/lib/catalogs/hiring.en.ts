/** Hiring in the console: the pipeline, notes, endorsements and outcomes. */
export const hiringEn = {} as const;
