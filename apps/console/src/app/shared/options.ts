import { LANGUAGE_CODES, type LanguageCode } from '@passerelle/contracts';

/**
 * What the quiz questions and the assessment items share: options written in every language,
 * always as many in each, so that an option's index means the same option everywhere, and one
 * answer key for all languages — the right option(s), or for an ordering every option in order.
 */
export interface OptionsDraft {
  kind: string;
  answer: number[];
  texts: Record<LanguageCode, { options: string[] }>;
}

/** `list` with the entry at `index` swapped with its neighbour `by` away. */
export function swap<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const target = index + by;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function optionCount(draft: Pick<OptionsDraft, 'texts'>): number {
  return draft.texts[LANGUAGE_CODES[0]].options.length;
}

function mapOptions<T extends OptionsDraft>(
  draft: T,
  change: (options: string[]) => string[],
): T['texts'] {
  return Object.fromEntries(
    LANGUAGE_CODES.map((code) => [
      code,
      { ...draft.texts[code], options: change(draft.texts[code].options) },
    ]),
  ) as T['texts'];
}

/** One more (empty) option in every language; an ordering's right order gets it last. */
export function withOption<T extends OptionsDraft>(draft: T): T {
  const count = optionCount(draft);
  return {
    ...draft,
    answer: draft.kind === 'ordering' ? [...draft.answer, count] : draft.answer,
    texts: mapOptions(draft, (options) => [...options, '']),
  };
}

/** Option `index` gone from every language, the answer's indexes following the others. */
export function withoutOption<T extends OptionsDraft>(draft: T, index: number): T {
  return {
    ...draft,
    answer: draft.answer.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
    texts: mapOptions(draft, (options) => options.filter((_, i) => i !== index)),
  };
}

/** Option `index` swapped with its neighbour in every language; the answer keeps the same options. */
export function withOptionMoved<T extends OptionsDraft>(draft: T, index: number, by: -1 | 1): T {
  const other = index + by;
  if (other < 0 || other >= optionCount(draft)) return draft;
  const renumber = (i: number) => (i === index ? other : i === other ? index : i);
  const answer = draft.answer.map(renumber);
  return {
    ...draft,
    answer: draft.kind === 'ordering' ? answer : answer.sort((a, b) => a - b),
    texts: mapOptions(draft, (options) => swap(options, index, by)),
  };
}

/** The right order with the option at `position` moved one step. */
export function withOrderMoved<T extends OptionsDraft>(draft: T, position: number, by: -1 | 1): T {
  return { ...draft, answer: swap(draft.answer, position, by) };
}

/** Marks option `index` right or not: one right option unless the kind is `multiple`. */
export function withRight<T extends OptionsDraft>(draft: T, index: number, right: boolean): T {
  if (draft.kind !== 'multiple') {
    return { ...draft, answer: right ? [index] : draft.answer.filter((i) => i !== index) };
  }
  const answer = right
    ? [...new Set([...draft.answer, index])]
    : draft.answer.filter((i) => i !== index);
  return { ...draft, answer: answer.sort((a, b) => a - b) };
}

/** Option `index`'s text in `language` changed; the other languages keep theirs. */
export function withOptionText<T extends OptionsDraft>(
  draft: T,
  language: LanguageCode,
  index: number,
  text: string,
): T {
  const texts = draft.texts[language];
  return {
    ...draft,
    texts: {
      ...draft.texts,
      [language]: { ...texts, options: texts.options.map((o, i) => (i === index ? text : o)) },
    },
  };
}
