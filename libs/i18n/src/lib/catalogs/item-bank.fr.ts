import type { itemBankEn } from './item-bank.en';

/** Assessment in the console: item bank, learners' results, attempts. */
export const itemBankFr: Record<keyof typeof itemBankEn, string> = {};
