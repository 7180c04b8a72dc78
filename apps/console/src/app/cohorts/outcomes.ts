import type { CohortOutcome, CourseOutcome, OutcomeCounts } from '@passerelle/contracts';

import type { CellValue } from '../shared/table';

/**
 * Placement outcomes as plain functions: one row shape for cohorts and courses, the hire rate,
 * sorting, the bars' lengths and the CSV, so that the table, the chart and the file agree.
 */

export interface OutcomeRow extends OutcomeCounts {
  id: string;
  name: string;
  /** Hired learners of the group, 0–1; null for a group without learners. */
  rate: number | null;
}

export function hireRate(counts: Pick<OutcomeCounts, 'learners' | 'hired'>): number | null {
  return counts.learners > 0 ? counts.hired / counts.learners : null;
}

function row(id: string, name: string, counts: OutcomeCounts): OutcomeRow {
  return {
    id,
    name,
    learners: counts.learners,
    shortlisted: counts.shortlisted,
    interviewed: counts.interviewed,
    hired: counts.hired,
    medianDaysToHire: counts.medianDaysToHire,
    rate: hireRate(counts),
  };
}

export function cohortRows(outcomes: readonly CohortOutcome[]): OutcomeRow[] {
  return outcomes.map((o) => row(o.cohortId, o.name, o));
}

export function courseRows(outcomes: readonly CourseOutcome[]): OutcomeRow[] {
  return outcomes.map((o) => row(o.courseId, o.title, o));
}

export type OutcomeSortKey =
  | 'name'
  | 'learners'
  | 'shortlisted'
  | 'interviewed'
  | 'hired'
  | 'rate'
  | 'median';
export const OUTCOME_SORT_KEYS: readonly OutcomeSortKey[] = [
  'name',
  'learners',
  'shortlisted',
  'interviewed',
  'hired',
  'rate',
  'median',
];
/** Counts read best from the most; days to hire from the fewest (the default direction). */
export const OUTCOME_DESCENDING_FIRST: readonly OutcomeSortKey[] = [
  'learners',
  'shortlisted',
  'interviewed',
  'hired',
  'rate',
];

export function outcomeSortValue(row: OutcomeRow, key: OutcomeSortKey): CellValue {
  switch (key) {
    case 'name':
      return row.name;
    case 'median':
      return row.medianDaysToHire;
    default:
      return row[key];
  }
}

/** The chart's full length: the largest group (never 0, so that empty groups draw nothing). */
export function chartMax(rows: readonly Pick<OutcomeCounts, 'learners'>[]): number {
  return Math.max(1, ...rows.map((r) => r.learners));
}

/** A bar's length in percent of the chart's width, to one decimal, within 0–100. */
export function barPercent(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.round(Math.min(1, value / max) * 1000) / 10;
}

export interface OutcomeBars {
  learners: number;
  shortlisted: number;
  interviewed: number;
  hired: number;
}

/** Each measure's bar, all on the same scale, so that groups compare at a glance. */
export function outcomeBars(row: OutcomeCounts, max: number): OutcomeBars {
  return {
    learners: barPercent(row.learners, max),
    shortlisted: barPercent(row.shortlisted, max),
    interviewed: barPercent(row.interviewed, max),
    hired: barPercent(row.hired, max),
  };
}

/** The table as shown; the rate as a whole percent, days as a number, nothing as empty. */
export function outcomesCsv(
  rows: readonly OutcomeRow[],
  header: Record<OutcomeSortKey, string>,
): { header: string[]; rows: CellValue[][] } {
  return {
    header: OUTCOME_SORT_KEYS.map((key) => header[key]),
    rows: rows.map((r) => [
      r.name,
      r.learners,
      r.shortlisted,
      r.interviewed,
      r.hired,
      r.rate === null ? null : Math.round(r.rate * 100),
      r.medianDaysToHire,
    ]),
  };
}
