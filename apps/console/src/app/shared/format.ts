import { type LanguageCode, languageInfo } from '@passerelle/contracts';
import type { MessageParams } from '@passerelle/i18n';

/**
 * Numbers and dates as the mentor's language writes them. The CSV exports do not use these:
 * files keep plain numbers with a dot, so that spreadsheets compute with them.
 */
export function formatNumber(language: string, value: number, digits = 2): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share (0–1) as a whole percent in the language's own way: 24 %, 24%, ٢٤٪. */
export function formatPercent(language: string, share: number): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A signed number, as θ is read: +0.42, −1.10. */
export function formatSigned(language: string, value: number, digits = 2): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

export function formatDate(language: string, iso: string, withTime = false): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso));
}

/** A time spent, split for the `attempt.seconds` / `attempt.minutes` messages. */
export function durationParams(ms: number): { key: 'seconds' | 'minutes'; params: MessageParams } {
  const total = Math.max(0, Math.round(ms / 1000));
  if (total < 60) return { key: 'seconds', params: { s: total } };
  return {
    key: 'minutes',
    params: { m: Math.floor(total / 60), s: String(total % 60).padStart(2, '0') },
  };
}

/** A test language by its own name, as learners choose it. */
export function languageName(code: LanguageCode): string {
  return languageInfo(code).nativeName;
}
