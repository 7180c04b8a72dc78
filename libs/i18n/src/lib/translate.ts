import { FALLBACK_CATALOG } from './catalog-registry';
import type { Catalog, MessageKey } from './catalogs/en';
import { isPluralMessage, type Message, pluralForms, type PluralMessage } from './message';

export type MessageParams = Record<string, string | number>;

/** A message to show, not yet in any language: the UI translates it when it renders. */
export interface UiMessage {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The message for `key` in `catalog` (see `loadCatalog`) with `{name}` placeholders filled in;
 * a plural message takes the form its language's rules choose for its number (`params.count`,
 * or the parameter its `by` names). A missing or
 * empty translation falls back to the fallback language; an unknown placeholder is left
 * visible so that it is noticed rather than silently dropped.
 */
export function translate(catalog: Catalog, key: MessageKey, params?: MessageParams): string {
  const source = isEmpty(catalog[key]) ? FALLBACK_CATALOG : catalog;
  const message: Message = source[key];
  const template = isPluralMessage(message)
    ? pluralForm(message, source['meta.locale'], params?.[message.by ?? 'count'])
    : message;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `message` that `locale` uses for `count`; `other` when it has none of its own. */
export function pluralForm(
  message: PluralMessage,
  locale: string,
  count: string | number | undefined,
): string {
  const number = Number(count);
  if (count === undefined || !Number.isFinite(number)) return message.other;
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return message[rule.select(number)] || message.other;
}

function isEmpty(message: Message | undefined): boolean {
  if (message === undefined) return true;
  return (isPluralMessage(message) ? message.other : message) === '';
}

/** The `{placeholder}` names a message uses (every form of a plural one). */
export function placeholdersOf(message: Message): string[] {
  const forms = isPluralMessage(message) ? Object.values(pluralForms(message)) : [message];
  const names = forms.flatMap((form: string) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  return [...new Set(names)].sort();
}
