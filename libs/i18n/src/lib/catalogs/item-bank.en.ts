/** Assessment in the console: item bank, learners' results, attempts. */
export const itemBankEn = {} as const;
