import type { RunStatus } from '@passerelle/grading';

import type { SubmissionKind, SubmissionView } from './coding';
import type { PersonRef } from './cohorts';

export const COMMENT_MAX_LENGTH = 2_000;
export const REVIEW_PAGE_SIZE = 20;

/**
 * What the review feed can be narrowed to. `error` includes timeouts and memory limits;
 * `needs-help` are help requests no mentor has answered yet.
 */
export const ReviewFilter = {
  Pass: 'pass',
  Fail: 'fail',
  Error: 'error',
  NeedsHelp: 'needs-help',
} as const;
export type ReviewFilter = (typeof ReviewFilter)[keyof typeof ReviewFilter];
export const REVIEW_FILTERS: readonly ReviewFilter[] = Object.values(ReviewFilter);

export interface ReviewFeedQuery {
  cohortId?: string;
  courseId?: string;
  itemId?: string;
  status?: ReviewFilter;
  page?: number;
}

/** One line of a mentor's feed: submits, and runs on which the learner asked for help. */
export interface ReviewFeedEntry {
  id: string;
  learner: PersonRef;
  courseId: string;
  courseTitle: string;
  itemId: string;
  itemTitle: string;
  kind: SubmissionKind;
  status: RunStatus | 'queued';
  passedTests: number;
  totalTests: number;
  needsHelp: boolean;
  commentCount: number;
  createdAt: string;
}

export interface SubmissionComment {
  id: string;
  author: PersonRef;
  /** 1-based line of the source the comment is about; null for the whole submission. */
  line: number | null;
  body: string;
  createdAt: string;
  /** Whether the learner has seen it. */
  read: boolean;
}

/** A submission as a mentor reviews it: the code, its results, the conversation. */
export interface ReviewSubmission extends SubmissionView {
  learner: PersonRef;
  courseId: string;
  courseTitle: string;
  itemTitle: string;
  comments: SubmissionComment[];
}

export interface CommentRequest {
  body: string;
  line?: number;
}

/** A mentor's comment as the learner finds it in the portal. */
export interface FeedbackEntry extends SubmissionComment {
  submissionId: string;
  courseId: string;
  itemId: string;
  itemTitle: string;
}

export interface FeedbackView {
  unread: number;
  entries: FeedbackEntry[];
}

export interface FeedbackQuery {
  itemId?: string;
}

export interface MarkFeedbackReadRequest {
  ids: string[];
}
