/**
 * Languages many of our learners speak, each named in itself so that a speaker finds it even
 * when the page is in another language. The API accepts any ISO 639 code; these are the ones
 * offered in the list.
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

/**
 * "ትግርኛ (Tigrinya)": the language's own name, then its name in the page's language when the
 * browser knows it and it differs.
 */
export function spokenLanguageLabel(code: string, pageLanguage: string): string {
  const nativeName = COMMON_SPOKEN_LANGUAGES.find((l) => l.code === code)?.nativeName;
  let local: string | undefined;
  try {
    local = new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code);
  } catch {
    local = undefined;
  }
  if (!nativeName) return local ?? code;
  return local && local !== code && local.toLowerCase() !== nativeName.toLowerCase()
    ? `${nativeName} (${local})`
    : nativeName;
}
