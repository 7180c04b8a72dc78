import type { GradingResult } from '@passerelle/grading';

import type { LanguageCode } from './languages';
import type { Translations } from './learning';

/** Source a learner may send for one exercise, in characters. */
export const SOURCE_MAX_LENGTH = 64_000;
/** Submissions (runs included) a learner may send per minute. */
export const SUBMISSIONS_PER_MINUTE = 20;
/** A learner's draft of one exercise is saved at most once in this many milliseconds. */
export const DRAFT_MIN_INTERVAL_MS = 1_000;

export interface ExerciseText {
  /** Markdown. */
  prompt: string;
  /** Revealed one at a time, on request. */
  hints: string[];
}

/** How an exercise is graded; the hidden tests and the reference solution never reach learners. */
export interface ExerciseDefinition {
  language: 'javascript';
  /** The file the learner writes, as the tests import it, e.g. `two-fer.js`. */
  solutionFile: string;
  starter: string;
  /** Tests the learner sees and runs with "run examples". */
  exampleTests: string;
  /** Further tests run on "submit" only. */
  hiddenTests: string;
  translations: Translations<ExerciseText>;
}

export interface ExerciseView {
  language: LanguageCode;
  prompt: string;
  solutionFile: string;
  starter: string;
  exampleTests: string;
  /** The hints revealed so far, in order. */
  hints: string[];
  hintCount: number;
  /** The learner's last submitted source, to continue from. */
  lastSource: string | null;
  /** When that source was submitted (ISO 8601), to tell it from an older or newer draft. */
  lastSubmittedAt: string | null;
  /** The learner's draft as last saved to the server, from any device. */
  draft: ExerciseDraft | null;
  passed: boolean;
}

/** Code the learner is writing, kept on the server so that it follows them to other devices. */
export interface ExerciseDraft {
  source: string;
  /** ISO 8601, the server's clock. */
  savedAt: string;
}

export interface SaveDraftRequest {
  source: string;
}

export interface DraftSaved {
  savedAt: string;
}

export const SubmissionKind = { Run: 'run', Submit: 'submit' } as const;
export type SubmissionKind = (typeof SubmissionKind)[keyof typeof SubmissionKind];

export interface SubmitRequest {
  kind: SubmissionKind;
  source: string;
}

export interface HintsView {
  hints: string[];
  hintCount: number;
}

export interface SubmissionView {
  id: string;
  itemId: string;
  kind: SubmissionKind;
  source: string;
  result: GradingResult;
  /** The learner asked a mentor for help with it, and no mentor has answered yet. */
  needsHelp: boolean;
  createdAt: string;
}
