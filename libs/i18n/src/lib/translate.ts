import { FALLBACK_CATALOG } from './catalog-registry';
import type { Catalog, MessageKey } from './catalogs/en';

export type MessageParams = Record<string, string | number>;

/** A message to show, not yet in any language: the UI translates it when it renders. */
export interface UiMessage {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The message for `key` in `catalog` (see `loadCatalog`) with `{name}` placeholders filled in. A
 * missing or empty translation falls back to the fallback language; an unknown placeholder is
 * left visible so that it is noticed rather than silently dropped.
 */
export function translate(catalog: Catalog, key: MessageKey, params?: MessageParams): string {
  const template = catalog[key] || FALLBACK_CATALOG[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The `{placeholder}` names a message uses. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
