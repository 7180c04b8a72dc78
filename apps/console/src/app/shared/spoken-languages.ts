/**
 * Languages many learners speak, and the host country's: the ones the console offers in its
 * lists (job requirements, candidate filters). The API accepts any ISO 639 code; these are the
 * codes learners pick from at intake, so that a requirement can meet what they declared.
 */
export const COMMON_SPOKEN_LANGUAGES: readonly string[] = [
  'fr',
  'en',
  'ar',
  'fa',
  'ps',
  'ti',
  'am',
  'so',
  'ku',
  'ur',
  'uk',
  'ru',
  'tr',
  'es',
  'de',
];

/** Any ISO 639 code named in the page's language ("Tigrinya"), or the code when unknown. */
export function spokenLanguageName(code: string, pageLanguage: string): string {
  try {
    return new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
