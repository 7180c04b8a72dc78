import { LANGUAGE_CODES, type LanguageCode, type Translations } from '@passerelle/contracts';

/**
 * Editor drafts: every language present, with empty strings where nothing is written yet, so
 * that switching a language tab never loses or invents text. A language left entirely empty
 * is left out when saving: learners then see the course's default language.
 */
export type PerLanguage<T> = Record<LanguageCode, T>;

/** One value per language, made by `make`. */
export function perLanguage<T>(make: (code: LanguageCode) => T): PerLanguage<T> {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, make(code)])) as PerLanguage<T>;
}

export function fill<T>(translations: Translations<T> | undefined, empty: () => T): PerLanguage<T> {
  return Object.fromEntries(
    LANGUAGE_CODES.map((code) => [code, { ...empty(), ...translations?.[code] }]),
  ) as PerLanguage<T>;
}

export function prune<T>(texts: PerLanguage<T>, isEmpty: (text: T) => boolean): Translations<T> {
  return Object.fromEntries(
    LANGUAGE_CODES.filter((code) => !isEmpty(texts[code])).map((code) => [code, texts[code]]),
  ) as Translations<T>;
}

const blank = (text: string) => text.trim() === '';

/** Languages a draft has any text in, for the tabs' "written" marks. */
export function writtenLanguages<T extends object>(texts: PerLanguage<T>): Set<LanguageCode> {
  return new Set(
    LANGUAGE_CODES.filter((code) =>
      Object.values(texts[code]).some((value) =>
        Array.isArray(value)
          ? value.some((v) => typeof v === 'string' && !blank(v))
          : typeof value === 'string' && !blank(value),
      ),
    ),
  );
}
