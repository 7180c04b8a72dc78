export type TextDirection = 'ltr' | 'rtl';

export interface LanguageInfo {
  readonly code: LanguageCode;
  /** The language's name in itself, as a speaker of it looks for it. */
  readonly nativeName: string;
  readonly dir: TextDirection;
}

export const SUPPORTED_LANGUAGES = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
] as const satisfies readonly { code: string; nativeName: string; dir: TextDirection }[];

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = SUPPORTED_LANGUAGES.map((l) => l.code);

/** Content and UI strings fall back to this language when a translation is missing. */
export const FALLBACK_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: LanguageCode): LanguageInfo {
  return SUPPORTED_LANGUAGES.find((l) => l.code === code) ?? SUPPORTED_LANGUAGES[0];
}
