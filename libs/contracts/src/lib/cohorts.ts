import type { CourseStatus, Progress } from './learning';

export const COHORT_NAME_MAX_LENGTH = 80;

/** Someone named in a view: enough to show them, nothing more. */
export interface PersonRef {
  id: string;
  displayName: string;
}

/** A mentor's group of learners, and the courses assigned to all of them. */
export interface CohortSummary {
  id: string;
  name: string;
  mentor: PersonRef;
  learnerCount: number;
  courseCount: number;
  createdAt: string;
}

export interface CohortCourse {
  id: string;
  title: string;
  status: CourseStatus;
}

/** A learner's standing in one course assigned to the cohort. */
export interface CohortCourseProgress {
  courseId: string;
  progress: Progress;
  completedAt: string | null;
}

export interface CohortLearner extends PersonRef {
  /** Email or username: what the learner signs in with. */
  identifier: string;
  addedAt: string;
  progress: CohortCourseProgress[];
  /** Submissions on which the learner asked for help and no mentor has answered yet. */
  helpRequests: number;
}

export interface CohortDetail extends CohortSummary {
  courses: CohortCourse[];
  learners: CohortLearner[];
}

export interface CreateCohortRequest {
  name: string;
  /** Admins create cohorts for a mentor; a mentor's own cohorts leave it out. */
  mentorId?: string;
}

export interface RenameCohortRequest {
  name: string;
}

export interface AddCohortLearnerRequest {
  /** The learner's email or username, as they sign in. */
  identifier: string;
}

export interface AssignCohortCourseRequest {
  courseId: string;
}
