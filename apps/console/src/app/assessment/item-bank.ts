import type { AssessmentItemSummary } from '@passerelle/contracts';

import type { CellValue } from '../shared/table';

export type ItemSortKey =
  | 'key'
  | 'area'
  | 'competence'
  | 'kind'
  | 'status'
  | 'a'
  | 'b'
  | 'c'
  | 'k'
  | 'shown'
  | 'exposure'
  | 'p'
  | 'itemRest';

/** Numbers read best from the largest down; texts from A. */
export const ITEM_SORT_DESCENDING_FIRST: readonly ItemSortKey[] = [
  'a',
  'c',
  'shown',
  'exposure',
  'p',
  'itemRest',
];

export interface ItemFilters {
  area?: string;
  kind?: string;
  status?: string;
  search?: string;
}

/** Items matching every filter given; the search looks in the key, competence and prompt. */
export function filterItems(
  items: readonly AssessmentItemSummary[],
  filters: ItemFilters,
): AssessmentItemSummary[] {
  const words = (filters.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (!filters.area || item.area === filters.area) &&
      (!filters.kind || item.kind === filters.kind) &&
      (!filters.status || item.status === filters.status) &&
      words.every((word) =>
        `${item.key} ${item.competence} ${item.prompt}`.toLocaleLowerCase().includes(word),
      ),
  );
}

export function itemSortValue(item: AssessmentItemSummary, key: ItemSortKey): CellValue {
  switch (key) {
    case 'a':
    case 'b':
    case 'c':
      return item.irt[key];
    case 'k':
      return item.exposureControl;
    case 'shown':
      return item.stats.shown;
    case 'exposure':
      return item.stats.exposure;
    case 'p':
      return item.stats.pValue;
    case 'itemRest':
      return item.stats.itemRest;
    default:
      return item[key];
  }
}

export interface ItemCsvLabels {
  header: Record<
    | 'key'
    | 'area'
    | 'competence'
    | 'kind'
    | 'status'
    | 'a'
    | 'b'
    | 'c'
    | 'provisional'
    | 'k'
    | 'languages'
    | 'fallback'
    | 'shown'
    | 'exposure'
    | 'p'
    | 'itemRest'
    | 'prompt',
    string
  >;
  yes: string;
  no: string;
  areaName: (area: string) => string;
  kindName: (kind: string) => string;
  statusName: (status: string) => string;
}

/** The bank as CSV cells: raw numbers (shares stay 0–1) so that a spreadsheet can compute. */
export function itemsCsv(
  items: readonly AssessmentItemSummary[],
  labels: ItemCsvLabels,
): { header: string[]; rows: CellValue[][] } {
  const h = labels.header;
  return {
    header: [
      h.key,
      h.area,
      h.competence,
      h.kind,
      h.status,
      h.a,
      h.b,
      h.c,
      h.provisional,
      h.k,
      h.languages,
      h.fallback,
      h.shown,
      h.exposure,
      h.p,
      h.itemRest,
      h.prompt,
    ],
    rows: items.map((item) => [
      item.key,
      labels.areaName(item.area),
      item.competence,
      labels.kindName(item.kind),
      labels.statusName(item.status),
      item.irt.a,
      item.irt.b,
      item.irt.c,
      item.irt.provisional ? labels.yes : labels.no,
      item.exposureControl,
      item.languages.join(' '),
      item.fallbackLanguage,
      item.stats.shown,
      item.stats.exposure,
      item.stats.pValue,
      item.stats.itemRest,
      item.prompt,
    ]),
  };
}

/** Below this item–rest correlation an item barely tells stronger learners from weaker ones. */
export const WEAK_ITEM_REST = 0.2;
/** Shares of right answers beyond which an item tells little: nearly everyone, or no one. */
export const EXTREME_P = { low: 0.1, high: 0.95 } as const;
/** Statistics on fewer answers than this are too noisy to flag. */
export const FLAG_MIN_SHOWN = 10;

export interface ItemFlags {
  weak: boolean;
  extreme: boolean;
}

/** What a bank keeper may want to look at again (nothing is flagged on too few answers). */
export function itemFlags(item: AssessmentItemSummary): ItemFlags {
  const { shown, pValue, itemRest } = item.stats;
  const enough = shown >= FLAG_MIN_SHOWN;
  return {
    weak: enough && itemRest !== null && itemRest < WEAK_ITEM_REST,
    extreme: enough && pValue !== null && (pValue < EXTREME_P.low || pValue > EXTREME_P.high),
  };
}
