import type { PersonRef } from './cohorts';

/** A learner who has not done anything (submitted, completed, answered) for this many days. */
export const INACTIVE_AFTER_DAYS = 7;
/** Failed submissions on one exercise, without a pass, after which a learner counts as stuck. */
export const STUCK_AFTER_FAILURES = 3;
/** What counts as new on a home page: the last this many days. */
export const HOME_RECENT_DAYS = 7;

/**
 * Why a learner needs a mentor's look: an unanswered help request, several failed tries on an
 * exercise without a pass, or no activity for a while.
 */
export type AttentionReason = 'help' | 'failing' | 'inactive';

/** A learner of one of the mentor's cohorts who needs a look, and where to look. */
export interface LearnerAttention {
  learner: PersonRef;
  cohortId: string;
  reason: AttentionReason;
  /** `help` and `failing`: the exercise, its course, and how many tries failed. */
  courseId: string | null;
  itemId: string | null;
  itemTitle: string | null;
  failures: number;
  /** Their last activity (null: none since they joined the cohort). */
  lastActiveAt: string | null;
}

/** What waits for a mentor, over their own cohorts only. */
export interface MentorHome {
  cohorts: number;
  learners: number;
  /** Submissions whose learner asked for help and no mentor has answered yet. */
  helpRequests: number;
  /** Submitted code of the last `HOME_RECENT_DAYS` days that no mentor has commented on. */
  submissionsToReview: number;
  /** Skills checks finished in the last `HOME_RECENT_DAYS` days. */
  recentAssessments: number;
  /** Learners asking for help, or with several failed tries on one exercise and no pass. */
  stuck: LearnerAttention[];
  /** No activity for `INACTIVE_AFTER_DAYS` days. */
  inactive: LearnerAttention[];
}

/** An application a learner sent in the last `HOME_RECENT_DAYS` days. */
export interface RecentApplication {
  id: string;
  organisationId: string;
  jobId: string;
  jobTitle: string;
  learner: PersonRef;
  createdAt: string;
}

/** An open job and the candidates in its pipeline (withdrawn and rejected ones left out). */
export interface OpenJobSummary {
  id: string;
  organisationId: string;
  title: string;
  candidates: number;
  newApplications: number;
}

/** What waits for an employer, over their own organisation only. */
export interface EmployerHome {
  organisations: NamedRef[];
  newApplications: RecentApplication[];
  openJobs: OpenJobSummary[];
}

/** An organisation named in a view. */
export interface NamedRef {
  id: string;
  name: string;
}

/** The platform at a glance, for admins. */
export interface AdminHome {
  accounts: { learners: number; mentors: number; employers: number; admins: number };
  pendingInvitations: number;
  cohorts: number;
  organisations: number;
  openJobs: number;
  /** Learners hired, over every organisation. */
  hires: number;
  helpRequests: number;
}
