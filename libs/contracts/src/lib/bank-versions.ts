import type { PersonRef } from './cohorts';
import type { CompetenceArea } from './learning';

/**
 * Versions of the skills check's item bank. A fit of the items on learners' answers becomes a
 * *proposed* version; a mentor or admin reviews it and applies it (it becomes *current*, the
 * one before is *superseded*) or rejects it. Every attempt keeps the version it started with.
 */
export const BankVersionStatus = {
  Proposed: 'proposed',
  Current: 'current',
  Superseded: 'superseded',
  Rejected: 'rejected',
} as const;
export type BankVersionStatus = (typeof BankVersionStatus)[keyof typeof BankVersionStatus];
export const BANK_VERSION_STATUSES: readonly BankVersionStatus[] = Object.values(BankVersionStatus);

/** Written by authors (version 1, and edits), or fitted on answers. */
export type BankVersionSource = 'authored' | 'calibrated';

/**
 * Whose answers a calibration was fitted on: learners' completed attempts, or simulated
 * learners (the demo data, so that a newcomer sees a proposal at once).
 */
export type CalibrationDataSource = 'learners' | 'simulated';

export interface IrtParameters {
  a: number;
  b: number;
  c: number;
}

/** The ability distribution of an area's learners, on the bank's scale. */
export interface AreaPopulation {
  mean: number;
  sd: number;
}

/** How one item came out of a fit. */
export interface CalibrationItemRow {
  itemId: string;
  /** Null when the item no longer exists (never: items are retired, not deleted). */
  key: string | null;
  area: CompetenceArea;
  answers: number;
  /** `anchor`: kept fixed to hold the scale; `too-few-answers`: kept as it was. */
  status: 'fitted' | 'anchor' | 'too-few-answers';
  before: IrtParameters;
  after: IrtParameters;
  se: { a: number; b: number } | null;
  /** RMSD between observed and model-implied proportions right over the ability grid. */
  rmsd: number | null;
  misfit: boolean;
  /** Sympson–Hetter parameter with the new parameters. */
  exposureControl: number;
}

export interface BankVersionSummary {
  id: string;
  number: number;
  status: BankVersionStatus;
  source: BankVersionSource;
  createdAt: string;
  /** Null for the scheduled job and the migration. */
  createdBy: PersonRef | null;
  reviewedAt: string | null;
  reviewedBy: PersonRef | null;
  correlation: number;
  /** Calibrated versions only: what the fit used and how it went. */
  fit: {
    dataSource: CalibrationDataSource;
    attempts: number;
    answers: number;
    iterations: number;
    converged: boolean;
    fitted: number;
    misfits: number;
  } | null;
}

export interface BankVersionDetail extends BankVersionSummary {
  population: Record<CompetenceArea, AreaPopulation>;
  /** Calibrated versions: one row per item of the fit; empty for authored versions. */
  items: CalibrationItemRow[];
}

/**
 * `POST /api/assessment/calibrations` (202): the fit started; it takes minutes, and the
 * proposed version appears in the list of versions when done.
 */
export interface CalibrationStarted {
  started: true;
}
