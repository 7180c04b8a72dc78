import type { itemBankEn } from './item-bank.en';

/** Assessment in the console: item bank, learners' results, attempts. */
export const itemBankAr: Record<keyof typeof itemBankEn, string> = {};
