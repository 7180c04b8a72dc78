import { createHash } from 'node:crypto';

import { mulberry32 } from '@passerelle/assessment';
import {
  type AssessmentItemText,
  type LanguageCode,
  QuestionKind,
  type QuizQuestion,
  type ServedItem,
} from '@passerelle/contracts';
import { isRightAnswer, localize, questionProblem } from '@passerelle/learning';

import type { AssessmentItem } from './entities/assessment-item.entity';

/** The item's texts in `language`, or in its fallback language when it has none there. */
export function itemText(
  item: AssessmentItem,
  language: LanguageCode,
): { language: LanguageCode; text: AssessmentItemText } {
  return localize(item.translations, language, item.fallbackLanguage);
}

export function optionCount(item: AssessmentItem): number {
  return itemText(item, item.fallbackLanguage).text.options.length;
}

/** An item's answer as a quiz question: a picture item is answered as a single choice. */
function asQuestion(item: Pick<AssessmentItem, 'kind'>, answer: number[]): QuizQuestion {
  const kind = item.kind === 'picture' ? QuestionKind.Single : item.kind;
  return { kind, answer, translations: {} };
}

/**
 * Whether the options chosen (indexes, in the order given) answer the item: one right option
 * (single, picture), all the right ones and no other (multiple), or every option in order
 * (ordering). "I don't know" (null) is wrong: it shows no knowledge of the answer.
 */
export function isRightChoice(item: AssessmentItem, chosen: number[] | null): boolean {
  return chosen !== null && isRightAnswer(asQuestion(item, item.answer), chosen);
}

/** Whether the chosen options can be an answer at all (one option for single choice, …). */
export function choiceIsWellFormed(item: AssessmentItem, chosen: number[]): boolean {
  return questionProblem(asQuestion(item, chosen), optionCount(item)) === null;
}

/**
 * The id an option goes by in one attempt: a hash of the attempt's seed, the item and the
 * option's index. It tells nothing about the answer, and an id seen in one attempt means
 * nothing in another.
 */
function optionId(seed: number, itemId: string, index: number): string {
  return createHash('sha256').update(`${seed}:${itemId}:${index}`).digest('base64url').slice(0, 10);
}

/**
 * The order options are shown in: as authored, except for ordering items, which are shuffled
 * (the same way every time for an attempt, so that a reload or a language switch keeps them).
 */
function displayOrder(item: AssessmentItem, seed: number, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (item.kind !== 'ordering') return order;
  const random = mulberry32((seed ^ parseInt(item.id.slice(0, 8), 16)) >>> 0);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // A shuffle that lands on the answer would give it away.
  if (order.every((index, n) => index === item.answer[n])) order.push(order.shift() as number);
  return order;
}

/** An item as the learner sees it: texts in their language, opaque option ids, no key. */
export function serveItem(
  item: AssessmentItem,
  position: number,
  language: LanguageCode,
  seed: number,
): ServedItem {
  const { language: shown, text } = itemText(item, language);
  return {
    position,
    itemId: item.id,
    kind: item.kind,
    area: item.area,
    language: shown,
    prompt: text.prompt,
    options: displayOrder(item, seed, text.options.length).map((index) => ({
      id: optionId(seed, item.id, index),
      text: text.options[index],
    })),
    image: item.image ? `/assessment/${item.image}` : null,
    alt: text.alt ?? null,
    code: item.code,
  };
}

/** The ids options go by in an attempt (e.g. to answer as a simulated learner). */
export function optionIdsOf(
  item: AssessmentItem,
  seed: number,
  indexes: readonly number[],
): string[] {
  return indexes.map((index) => optionId(seed, item.id, index));
}

/** The option indexes behind served option ids, in the order given; null for an unknown id. */
export function optionIndexes(
  item: AssessmentItem,
  seed: number,
  ids: readonly string[],
): number[] | null {
  const count = optionCount(item);
  const byId = new Map(
    Array.from({ length: count }, (_, index) => [optionId(seed, item.id, index), index]),
  );
  const indexes = ids.map((id) => byId.get(id));
  return indexes.every((index) => index !== undefined) ? (indexes as number[]) : null;
}
