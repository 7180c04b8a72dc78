/**
 * The plural categories of Unicode CLDR, as `Intl.PluralRules` names them. English has `one`
 * and `other`; French `one`, `many` (millions) and `other`; Arabic all six.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export const PLURAL_CATEGORIES: readonly PluralCategory[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
];

/**
 * A message that depends on a number: one form per plural category of the language, chosen
 * by `Intl.PluralRules` from the `count` parameter, or from the parameter named in `by` (the
 * same in every language). `other` is required; a category a language does not fill in falls
 * back to it. A form may leave the number out ("one message").
 */
export type PluralMessage = { readonly by?: string; readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

/** The forms of a plural message, by category (without `by`). */
export function pluralForms(message: PluralMessage): Partial<Record<PluralCategory, string>> {
  const { by: _by, ...forms } = message;
  return forms;
}

export type Message = string | PluralMessage;

/**
 * The translations of a catalog whose English is `T`: plain where the English is plain, plural
 * where it is plural, so that the compiler checks both.
 */
export type Translations<T> = {
  [K in keyof T]: T[K] extends string ? string : PluralMessage;
};

export function isPluralMessage(message: Message): message is PluralMessage {
  return typeof message === 'object';
}
