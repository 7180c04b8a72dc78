import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CommentRequest,
  type FeedbackEntry,
  type FeedbackView,
  type LanguageCode,
  type Page,
  REVIEW_PAGE_SIZE,
  type ReviewFeedEntry,
  type ReviewFeedQuery,
  ReviewFilter,
  type ReviewSubmission,
  Role,
  type SubmissionComment as CommentView,
  type Translations,
} from '@passerelle/contracts';
import type { GradingResult, RunStatus } from '@passerelle/grading';
import { localize } from '@passerelle/learning';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { NotFound, ValidationFailed } from '../common/problem/app-error';
import { Mentorship } from '../learning/cohorts/mentorship';
import { toView } from './coding.service';
import { Submission } from './entities/submission.entity';
import { SubmissionComment } from './entities/submission-comment.entity';

/** Feedback a learner may keep on one screen; older comments stay on their submissions. */
const FEEDBACK_LIMIT = 50;

/** The columns every review query reads: the submission and where it sits in a course. */
const CONTEXT_SQL = `
  FROM submissions s
  JOIN accounts a ON a.id = s.learner_id
  JOIN course_items i ON i.id = s.item_id
  JOIN course_modules m ON m.id = i.module_id
  JOIN courses c ON c.id = m.course_id`;

interface ContextRow {
  id: string;
  learner_id: string;
  learner_name: string;
  item_id: string;
  item_translations: Translations<{ title: string }>;
  course_id: string;
  course_translations: Translations<{ title: string }>;
  default_language: LanguageCode;
  kind: ReviewFeedEntry['kind'];
  status: 'queued' | 'graded';
  result: GradingResult | null;
  help_requested_at: Date | null;
  created_at: Date;
}

const CONTEXT_COLUMNS = `s.id, s.learner_id, a.display_name AS learner_name, s.item_id,
  i.translations AS item_translations, c.id AS course_id, c.translations AS course_translations,
  c.default_language, s.kind, s.status, s.result, s.help_requested_at, s.created_at`;

const STATUS_CONDITIONS: Record<ReviewFilter, string> = {
  [ReviewFilter.Pass]: `s.result->>'status' = 'pass'`,
  [ReviewFilter.Fail]: `s.result->>'status' = 'fail'`,
  [ReviewFilter.Error]: `s.result->>'status' IN ('error', 'timeout', 'memory-limit')`,
  [ReviewFilter.NeedsHelp]: `s.help_requested_at IS NOT NULL`,
};

function titleOf(
  translations: Translations<{ title: string }>,
  language: LanguageCode | undefined,
  fallback: LanguageCode,
): string {
  return localize(translations, language ?? fallback, fallback).text.title;
}

interface CommentRow {
  id: string;
  submission_id: string;
  author_id: string | null;
  author_name: string | null;
  line: number | null;
  body: string;
  created_at: Date;
  read_at: Date | null;
}

function commentOf(row: CommentRow): CommentView {
  return {
    id: row.id,
    author: { id: row.author_id ?? '', displayName: row.author_name ?? '' },
    line: row.line,
    body: row.body,
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
  };
}

/**
 * Mentor review of code: a feed of the submissions of a mentor's cohorts (every learner's, for
 * admins), comments on lines or whole submissions, and the feedback learners read.
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mentorship: Mentorship,
  ) {}

  async feed(
    actor: AuthenticatedAccount,
    query: ReviewFeedQuery,
    language?: LanguageCode,
  ): Promise<Page<ReviewFeedEntry>> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Runs are practice; they reach the feed only when the learner asked for help with one.
    const where = [`(s.kind = 'submit' OR s.help_requested_at IS NOT NULL)`];
    if (actor.role !== Role.Admin) {
      where.push(`EXISTS (SELECT 1 FROM cohort_members cm JOIN cohorts co ON co.id = cm.cohort_id
        WHERE cm.learner_id = s.learner_id AND co.mentor_id = ${param(actor.id)})`);
    }
    if (query.cohortId) {
      where.push(`EXISTS (SELECT 1 FROM cohort_members cm
        WHERE cm.learner_id = s.learner_id AND cm.cohort_id = ${param(query.cohortId)})`);
    }
    if (query.courseId) where.push(`c.id = ${param(query.courseId)}`);
    if (query.itemId) where.push(`s.item_id = ${param(query.itemId)}`);
    if (query.status) where.push(STATUS_CONDITIONS[query.status]);
    const page = query.page ?? 1;
    const rows: (ContextRow & { comment_count: number; total: number })[] = await this.db.query(
      `SELECT ${CONTEXT_COLUMNS},
              (SELECT count(*)::int FROM submission_comments k WHERE k.submission_id = s.id)
                AS comment_count,
              count(*) OVER ()::int AS total
         ${CONTEXT_SQL}
        WHERE ${where.join(' AND ')}
        ORDER BY s.created_at DESC, s.id
        LIMIT ${REVIEW_PAGE_SIZE} OFFSET ${param((page - 1) * REVIEW_PAGE_SIZE)}`,
      params,
    );
    return {
      items: rows.map((row) => {
        const tests = row.result?.tests ?? [];
        return {
          id: row.id,
          learner: { id: row.learner_id, displayName: row.learner_name },
          courseId: row.course_id,
          courseTitle: titleOf(row.course_translations, language, row.default_language),
          itemId: row.item_id,
          itemTitle: titleOf(row.item_translations, language, row.default_language),
          kind: row.kind,
          status:
            row.status === 'queued' ? 'queued' : ((row.result?.status ?? 'error') as RunStatus),
          passedTests: tests.filter((test) => test.status === 'pass').length,
          totalTests: tests.length,
          needsHelp: row.help_requested_at !== null,
          commentCount: row.comment_count,
          createdAt: row.created_at.toISOString(),
        };
      }),
      total: rows[0]?.total ?? 0,
      page,
      pageSize: REVIEW_PAGE_SIZE,
    };
  }

  /** One submission with its conversation, for a mentor of its learner or an admin. */
  async submission(
    actor: AuthenticatedAccount,
    id: string,
    language?: LanguageCode,
  ): Promise<ReviewSubmission> {
    const [row] = (await this.db.query(`SELECT ${CONTEXT_COLUMNS} ${CONTEXT_SQL} WHERE s.id = $1`, [
      id,
    ])) as ContextRow[];
    if (!row) throw new NotFound('No submission has this id.');
    await this.mentorship.assertMentors(actor, row.learner_id);
    const submission = await this.db.getRepository(Submission).findOneByOrFail({ id });
    return {
      ...toView(submission),
      learner: { id: row.learner_id, displayName: row.learner_name },
      courseId: row.course_id,
      courseTitle: titleOf(row.course_translations, language, row.default_language),
      itemTitle: titleOf(row.item_translations, language, row.default_language),
      comments: (await this.comments('k.submission_id = $1', [id])).map(commentOf),
    };
  }

  /** A mentor's comment; it answers the learner's help request, if there was one. */
  async comment(
    actor: AuthenticatedAccount,
    id: string,
    request: CommentRequest,
    language?: LanguageCode,
  ): Promise<ReviewSubmission> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id });
    if (!submission) throw new NotFound('No submission has this id.');
    await this.mentorship.assertMentors(actor, submission.learnerId);
    const lines = submission.source.split('\n').length;
    if (request.line !== undefined && request.line > lines) {
      throw ValidationFailed.field(
        'line',
        'max',
        `line must be a line of the submission (1 to ${lines})`,
      );
    }
    await this.db.transaction(async (em) => {
      await em.save(
        em.create(SubmissionComment, {
          submissionId: id,
          authorId: actor.id,
          line: request.line ?? null,
          body: request.body,
          readAt: null,
        }),
      );
      await em.update(Submission, { id }, { helpRequestedAt: null });
    });
    return this.submission(actor, id, language);
  }

  /** The comments mentors left on the learner's submissions, newest first. */
  async feedback(
    actor: AuthenticatedAccount,
    itemId: string | undefined,
    language?: LanguageCode,
  ): Promise<FeedbackView> {
    const rows = (await this.comments(
      `s.learner_id = $1 ${itemId ? 'AND s.item_id = $2' : ''}`,
      itemId ? [actor.id, itemId] : [actor.id],
      FEEDBACK_LIMIT,
    )) as (CommentRow &
      Pick<ContextRow, 'item_id' | 'item_translations' | 'course_id' | 'default_language'>)[];
    const [{ unread }] = (await this.db.query(
      `SELECT count(*)::int AS unread FROM submission_comments k
         JOIN submissions s ON s.id = k.submission_id
        WHERE s.learner_id = $1 AND k.read_at IS NULL`,
      [actor.id],
    )) as { unread: number }[];
    return {
      unread,
      entries: rows.map(
        (row): FeedbackEntry => ({
          ...commentOf(row),
          submissionId: row.submission_id,
          courseId: row.course_id,
          itemId: row.item_id,
          itemTitle: titleOf(row.item_translations, language, row.default_language),
        }),
      ),
    };
  }

  /** Marks comments on the learner's own submissions as read; others' ids change nothing. */
  async markRead(
    actor: AuthenticatedAccount,
    ids: string[],
    language?: LanguageCode,
  ): Promise<FeedbackView> {
    await this.db.query(
      `UPDATE submission_comments k SET read_at = now()
         FROM submissions s
        WHERE s.id = k.submission_id AND s.learner_id = $1 AND k.id = ANY($2::uuid[])
          AND k.read_at IS NULL`,
      [actor.id, ids],
    );
    return this.feedback(actor, undefined, language);
  }

  private comments(condition: string, params: unknown[], limit?: number): Promise<CommentRow[]> {
    return this.db.query(
      `SELECT k.id, k.submission_id, k.author_id, au.display_name AS author_name, k.line, k.body,
              k.created_at, k.read_at, s.item_id, i.translations AS item_translations,
              m.course_id, c.default_language
         FROM submission_comments k
         JOIN submissions s ON s.id = k.submission_id
         JOIN course_items i ON i.id = s.item_id
         JOIN course_modules m ON m.id = i.module_id
         JOIN courses c ON c.id = m.course_id
         LEFT JOIN accounts au ON au.id = k.author_id
        WHERE ${condition}
        ORDER BY k.created_at ${limit ? 'DESC' : 'ASC'}, k.id
        ${limit ? `LIMIT ${limit}` : ''}`,
      params,
    );
  }
}
