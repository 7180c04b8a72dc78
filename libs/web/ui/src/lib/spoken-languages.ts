/**
 * Languages many of our learners speak, each named in itself so that a speaker finds it even
 * when the page is in another language. The API accepts any ISO 639 code; these are the ones
 * offered in lists: learners pick from them at intake, and the console offers the same codes
 * for job requirements and candidate filters, so that a requirement meets what learners declare.
 */
export const COMMON_SPOKEN_LANGUAGES: readonly { code: string; nativeName: string }[] = [
  { code: 'ar', nativeName: 'العربية' },
  { code: 'fa', nativeName: 'فارسی / دری' },
  { code: 'ps', nativeName: 'پښتو' },
  { code: 'ti', nativeName: 'ትግርኛ' },
  { code: 'am', nativeName: 'አማርኛ' },
  { code: 'so', nativeName: 'Soomaali' },
  { code: 'ku', nativeName: 'Kurdî / کوردی' },
  { code: 'ur', nativeName: 'اردو' },
  { code: 'uk', nativeName: 'Українська' },
  { code: 'ru', nativeName: 'Русский' },
  { code: 'tr', nativeName: 'Türkçe' },
  { code: 'fr', nativeName: 'Français' },
  { code: 'en', nativeName: 'English' },
  { code: 'es', nativeName: 'Español' },
  { code: 'de', nativeName: 'Deutsch' },
];

/** The codes of `COMMON_SPOKEN_LANGUAGES`, in its order. */
export const COMMON_SPOKEN_LANGUAGE_CODES: readonly string[] = COMMON_SPOKEN_LANGUAGES.map(
  (language) => language.code,
);

/** Any ISO 639 code named in the page's language ("Tigrinya"), or the code when unknown. */
export function spokenLanguageName(code: string, pageLanguage: string): string {
  return displayName(code, pageLanguage) ?? code;
}

/**
 * "ትግርኛ (Tigrinya)": the language's own name, then its name in the page's language when the
 * browser knows it and it differs.
 */
export function spokenLanguageLabel(code: string, pageLanguage: string): string {
  const nativeName = COMMON_SPOKEN_LANGUAGES.find((l) => l.code === code)?.nativeName;
  const local = displayName(code, pageLanguage);
  if (!nativeName) return local ?? code;
  return local && local !== code && local.toLowerCase() !== nativeName.toLowerCase()
    ? `${nativeName} (${local})`
    : nativeName;
}

function displayName(code: string, pageLanguage: string): string | undefined {
  try {
    return new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code);
  } catch {
    return undefined;
  }
}
