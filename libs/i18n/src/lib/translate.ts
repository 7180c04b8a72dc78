import { FALLBACK_LANGUAGE, type LanguageCode } from '@passerelle/contracts';

import { ar } from './catalogs/ar';
import { type Catalog, en, type MessageKey } from './catalogs/en';
import { fr } from './catalogs/fr';

export const CATALOGS: Record<LanguageCode, Catalog> = { en, fr, ar };

export type MessageParams = Record<string, string | number>;

/** A message to show, not yet in any language: the UI translates it when it renders. */
export interface UiMessage {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The message for `key` in `language` with `{name}` placeholders filled in. A missing or empty
 * translation falls back to the fallback language; an unknown placeholder is left visible so
 * that it is noticed rather than silently dropped.
 */
export function translate(language: LanguageCode, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGS[language]?.[key] || CATALOGS[FALLBACK_LANGUAGE][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The `{placeholder}` names a message uses. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
