import type { BankVersionSummary, CalibrationItemRow } from '@passerelle/contracts';

import type { CellValue } from '../shared/table';

/** The calibration pages' pure logic: sorting and filtering a fit's items, reading a version. */

export type FitSortKey = 'misfit' | 'key' | 'area' | 'answers' | 'a' | 'b' | 'c' | 'rmsd';

/** Numbers read best from the largest down (and misfits first); texts from A. */
export const FIT_SORT_DESCENDING_FIRST: readonly FitSortKey[] = [
  'misfit',
  'answers',
  'a',
  'c',
  'rmsd',
];

export interface FitFilters {
  area?: string;
  misfitsOnly?: boolean;
}

export function filterFits(
  rows: readonly CalibrationItemRow[],
  filters: FitFilters,
): CalibrationItemRow[] {
  return rows.filter(
    (row) => (!filters.area || row.area === filters.area) && (!filters.misfitsOnly || row.misfit),
  );
}

/**
 * The value a fit's row sorts by. Parameters sort by how far the fit moved them (after −
 * before, by size): what a reviewer wants to see first is what changed most. Misfits sort by
 * their RMSD, so that the worst comes first among them.
 */
export function fitSortValue(row: CalibrationItemRow, key: FitSortKey): CellValue {
  switch (key) {
    case 'misfit':
      return row.misfit ? 1 + (row.rmsd ?? 0) : 0;
    case 'key':
      return row.key ?? row.itemId;
    case 'a':
    case 'b':
    case 'c':
      return Math.abs(row.after[key] - row.before[key]);
    default:
      return row[key];
  }
}

/** Whether the fit moved a parameter (beyond rounding of the two decimals shown). */
export function moved(row: CalibrationItemRow, parameter: 'a' | 'b' | 'c'): boolean {
  return Math.abs(row.after[parameter] - row.before[parameter]) >= 0.005;
}

/** The status badge's key of a version. */
export function statusKey(version: Pick<BankVersionSummary, 'status'>): string {
  return `calibration.status.${version.status}`;
}

/** The proposal waiting for review, if any: the newest proposed version. */
export function pendingProposal(
  versions: readonly BankVersionSummary[],
): BankVersionSummary | null {
  return (
    versions
      .filter((version) => version.status === 'proposed')
      .sort((x, y) => y.number - x.number)[0] ?? null
  );
}
