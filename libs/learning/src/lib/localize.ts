import type { LanguageCode, Translations } from '@passerelle/contracts';

/**
 * The text in `language` when the content has it, else in the content's default language.
 * Returns which language was used, so that the page can say so and set `lang` on it.
 */
export function localize<T>(
  translations: Translations<T>,
  language: LanguageCode,
  defaultLanguage: LanguageCode,
): { language: LanguageCode; text: T } {
  const wanted = translations[language];
  if (wanted) return { language, text: wanted };
  const fallback = translations[defaultLanguage];
  if (fallback) return { language: defaultLanguage, text: fallback };
  const [first] = Object.entries(translations) as [LanguageCode, T][];
  if (!first) throw new Error('Content without any translation');
  return { language: first[0], text: first[1] };
}
