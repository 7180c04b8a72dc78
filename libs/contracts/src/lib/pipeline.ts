import type { PersonRef } from './cohorts';
import type { SharedContact } from './contact';
import type { MatchResult } from './jobs';

/**
 * A candidate's way through a job's hiring pipeline. Forward only, one step at a time, and
 * `rejected` (with a reason) from any open stage; `hired` and `rejected` are final.
 */
export const PipelineStage = {
  Suggested: 'suggested',
  Shortlisted: 'shortlisted',
  Invited: 'invited',
  Interviewed: 'interviewed',
  Offered: 'offered',
  Hired: 'hired',
  Rejected: 'rejected',
} as const;
export type PipelineStage = (typeof PipelineStage)[keyof typeof PipelineStage];
export const PIPELINE_STAGES: readonly PipelineStage[] = Object.values(PipelineStage);
const FORWARD: readonly PipelineStage[] = [
  'suggested',
  'shortlisted',
  'invited',
  'interviewed',
  'offered',
  'hired',
];

/** Whether an employer may move a candidate from one stage to another. */
export function mayMoveStage(from: PipelineStage, to: PipelineStage): boolean {
  if (from === 'hired' || from === 'rejected') return false;
  if (to === 'rejected') return true;
  return FORWARD.indexOf(to) === FORWARD.indexOf(from) + 1;
}

export const APPLICATION_MESSAGE_MAX_LENGTH = 1_000;
export const REJECTION_REASON_MAX_LENGTH = 300;
export const NOTE_MAX_LENGTH = 2_000;

/** How the candidate came into the pipeline. */
export type ApplicationSource = 'applied' | 'employer';
export type InvitationResponse = 'accepted' | 'declined';

export interface StageEvent {
  from: PipelineStage | null;
  to: PipelineStage;
  by: PersonRef | null;
  reason: string | null;
  at: string;
}

/** A candidate in a job's pipeline, as the employer sees it. */
export interface PipelineEntry {
  id: string;
  jobId: string;
  learnerId: string;
  displayName: string;
  stage: PipelineStage;
  source: ApplicationSource;
  /** The learner's message when they applied. */
  message: string | null;
  invitationResponse: InvitationResponse | null;
  /** How to reach the learner, as they chose: shared once they accept an interview invitation. */
  contact: SharedContact | null;
  rejectionReason: string | null;
  events: StageEvent[];
  createdAt: string;
  updatedAt: string;
}

export interface AddToPipelineRequest {
  learnerId: string;
}

export interface MoveStageRequest {
  stage: PipelineStage;
  /** Required when rejecting. */
  reason?: string;
}

export interface NoteView {
  id: string;
  author: PersonRef;
  body: string;
  at: string;
}

export interface NoteRequest {
  body: string;
}

// ---------- the learner's side ----------

/** An open job and how the learner's own evidence matches it. */
export interface JobMatchView {
  jobId: string;
  title: string;
  organisation: { id: string; name: string };
  location: string;
  remote: string;
  contractType: string;
  hoursPerWeek: number;
  startDate: string | null;
  description: string;
  match: MatchResult;
  /** The learner's application to it, if any. */
  applicationId: string | null;
}

export interface ApplyRequest {
  message: string;
}

export interface MyApplication {
  id: string;
  job: { id: string; title: string; organisation: string };
  stage: PipelineStage;
  message: string | null;
  invitationResponse: InvitationResponse | null;
  /** What the organisation sees of how to reach the learner: set once they accept. */
  sharedContact: SharedContact | null;
  withdrawnAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InvitationAnswerRequest {
  accept: boolean;
}

// ---------- outcomes (mentors and admins) ----------

/** How far a group of learners got with employers. */
export interface OutcomeCounts {
  /** Learners in the group. */
  learners: number;
  /** Learners who reached each stage in at least one pipeline (or went beyond it). */
  shortlisted: number;
  interviewed: number;
  hired: number;
  /**
   * Median days from finishing the course to the first hire after it (per course), or from
   * joining the cohort to the first hire (per cohort); null without hires.
   */
  medianDaysToHire: number | null;
}

export interface CohortOutcome extends OutcomeCounts {
  cohortId: string;
  name: string;
}

export interface CourseOutcome extends OutcomeCounts {
  courseId: string;
  title: string;
}

export interface OutcomesView {
  byCohort: CohortOutcome[];
  /** Learners who completed each course. */
  byCourse: CourseOutcome[];
}
