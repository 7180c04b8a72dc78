import {
  ASSESSMENT_COMPETENCES,
  ASSESSMENT_ITEM_KINDS,
  COMPETENCE_AREAS,
  type CompetenceId,
  LANGUAGE_CODES,
} from '@passerelle/contracts';

import {
  array,
  type Check,
  integer,
  number,
  object,
  oneOf,
  optional,
  partialRecord,
  string,
} from '../../common/seed-data/check';
import type { SeedAssessmentItem, SeedItemText } from './types';

const itemText: Check<SeedItemText> = object({
  prompt: string,
  options: array(string),
  alt: optional(string),
});

/**
 * One item of an item file (`apps/api/seed/assessment/items/<area>.json`): the shape of
 * SeedAssessmentItem. What the content must satisfy beyond its shape (keys, answers, levels,
 * pictures, languages) is checked by item-bank.spec.ts.
 */
export const seedAssessmentItem: Check<SeedAssessmentItem> = object({
  key: string,
  area: oneOf(COMPETENCE_AREAS),
  competence: oneOf(Object.keys(ASSESSMENT_COMPETENCES) as CompetenceId[]),
  kind: oneOf(ASSESSMENT_ITEM_KINDS),
  image: optional(string),
  code: optional(string),
  irt: object({ a: number, b: number, c: optional(number), provisional: oneOf([true]) }),
  answer: array(integer),
  translations: partialRecord(LANGUAGE_CODES, itemText),
});

/** An item file: the items of one area, in the order they are added to the bank. */
export const seedItemFile: Check<SeedAssessmentItem[]> = array(seedAssessmentItem);
