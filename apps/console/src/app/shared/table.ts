import { signal, type WritableSignal } from '@angular/core';

/**
 * Sorting and CSV export for the assessment area's tables: plain functions, so that what a
 * mentor sees and what they download are built the same way and can be tested without a page.
 */

/** A cell's value for sorting and for CSV: null for "nothing there" (sorted last, empty in CSV). */
export type CellValue = string | number | null;

export interface SortState<K extends string> {
  key: K;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Ascending order of two values; nulls are not compared here (see `sortRows`). */
function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * `rows` sorted by the value `valueOf` gives for the sort key. Empty values go last in either
 * direction (an unassessed learner is never "the best"); ties keep their order.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: SortState<K>,
  valueOf: (row: T, key: K) => CellValue,
): T[] {
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
    .sort((x, y) => {
      if (x.value === null || y.value === null) {
        return x.value === y.value ? x.index - y.index : x.value === null ? 1 : -1;
      }
      const order = compare(x.value, y.value);
      return (sort.descending ? -order : order) || x.index - y.index;
    })
    .map((entry) => entry.row);
}

/** The sort after a click on `key`'s header: the same key flips, another starts in its own way. */
export function nextSort<K extends string>(
  current: SortState<K>,
  key: K,
  descendingFirst: readonly K[] = [],
): SortState<K> {
  return current.key === key
    ? { key, descending: !current.descending }
    : { key, descending: descendingFirst.includes(key) };
}

/** The `aria-sort` of a header: only the sorted column says how. */
export function ariaSort<K extends string>(sort: SortState<K>, key: K): string | null {
  return sort.key === key ? (sort.descending ? 'descending' : 'ascending') : null;
}

/**
 * A table's sort as a page holds it: header clicks, the sort menu shown on phones (whose
 * choices are `key:asc` and `key:desc`), and each header's `aria-sort`.
 */
export class TableSort<K extends string> {
  readonly state: WritableSignal<SortState<K>>;

  constructor(
    initial: SortState<K>,
    private readonly descendingFirst: readonly K[] = [],
  ) {
    this.state = signal(initial);
  }

  aria(key: K): string | null {
    return ariaSort(this.state(), key);
  }

  /** A click on `key`'s header. */
  by(key: K): void {
    this.state.update((current) => nextSort(current, key, this.descendingFirst));
  }

  /** A choice of the sort menu. */
  choose(choice: string): void {
    const [key, direction] = choice.split(':') as [K, string];
    this.state.set({ key, descending: direction === 'desc' });
  }

  isChosen(key: K, descending: boolean): boolean {
    const state = this.state();
    return state.key === key && state.descending === descending;
  }
}

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. Text
 * that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe,
 * since names and prompts come from users; numbers are written as they are, with a dot.
 */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header, then one line per row, CRLF-separated as RFC 4180 says. */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name for an export, with the day it was made: `item-bank-2026-03-01.csv`. */
export function csvFileName(stem: string, at: Date = new Date()): string {
  return `${stem}-${at.toISOString().slice(0, 10)}.csv`;
}

/**
 * Saves `csv` as a file from the browser, without a round trip to the server. The byte-order
 * mark makes spreadsheet programs read UTF-8 (Arabic names, accents) correctly.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
