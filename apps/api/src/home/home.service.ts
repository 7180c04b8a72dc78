import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AdminHome,
  type EmployerHome,
  HOME_RECENT_DAYS,
  INACTIVE_AFTER_DAYS,
  type LanguageCode,
  type LearnerAttention,
  type MentorHome,
  STUCK_AFTER_FAILURES,
  type Translations,
} from '@passerelle/contracts';
import { localize } from '@passerelle/learning';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';

/**
 * The learners of a mentor's cohorts ($1), each once, with the cohort they joined first. Every
 * mentor query starts here, so a mentor never counts a learner of someone else's cohort.
 */
const MINE_SQL = `
  mine AS (
    SELECT DISTINCT ON (m.learner_id) m.learner_id, m.cohort_id, m.added_at
      FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
     WHERE c.mentor_id = $1
     ORDER BY m.learner_id, m.added_at, m.cohort_id)`;

const RECENT = `now() - make_interval(days => ${HOME_RECENT_DAYS})`;

/** A graded submit that did not pass (a failing test, an error, a timeout, a memory limit). */
const FAILED = `s.kind = 'submit' AND s.status = 'graded' AND s.result->>'status' <> 'pass'`;

interface CountsRow {
  cohorts: number;
  learners: number;
  help_requests: number;
  to_review: number;
  assessments: number;
}

interface TriesRow {
  learner_id: string;
  display_name: string;
  cohort_id: string;
  item_id: string;
  course_id: string;
  item_translations: Translations<{ title: string }>;
  default_language: LanguageCode;
  failures: number;
  asks_help: boolean;
  last_at: Date;
}

interface InactiveRow {
  learner_id: string;
  display_name: string;
  cohort_id: string;
  last_at: Date | null;
}

/**
 * What waits for each role on the console's home page: counts and short lists that link to
 * the page where the work is done. A read model over cohorts, coding, assessment and
 * placement, kept in one place; each query is scoped to what the actor may see.
 */
@Injectable()
export class HomeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mentor(actor: AuthenticatedAccount, language?: LanguageCode): Promise<MentorHome> {
    const [[counts], tries, inactive] = await Promise.all([
      this.db.query(
        `WITH ${MINE_SQL}
         SELECT (SELECT count(*)::int FROM cohorts WHERE mentor_id = $1) AS cohorts,
                (SELECT count(*)::int FROM mine) AS learners,
                (SELECT count(*)::int FROM submissions s JOIN mine USING (learner_id)
                  WHERE s.help_requested_at IS NOT NULL) AS help_requests,
                (SELECT count(*)::int FROM submissions s JOIN mine USING (learner_id)
                  WHERE s.kind = 'submit' AND s.created_at > ${RECENT}
                    AND NOT EXISTS (SELECT 1 FROM submission_comments k
                                     WHERE k.submission_id = s.id)) AS to_review,
                (SELECT count(*)::int FROM assessment_attempts t JOIN mine USING (learner_id)
                  WHERE t.status = 'completed' AND t.completed_at > ${RECENT}) AS assessments`,
        [actor.id],
      ) as Promise<CountsRow[]>,
      this.db.query(
        `WITH ${MINE_SQL},
         tries AS (
           SELECT s.learner_id, s.item_id,
                  count(*) FILTER (WHERE ${FAILED})::int AS failures,
                  bool_or(s.kind = 'submit' AND s.result->>'status' = 'pass') AS passed,
                  bool_or(s.help_requested_at IS NOT NULL) AS asks_help,
                  max(s.created_at) AS last_at
             FROM submissions s JOIN mine USING (learner_id)
            GROUP BY s.learner_id, s.item_id)
         SELECT t.learner_id, a.display_name, mine.cohort_id, t.item_id, c.id AS course_id,
                i.translations AS item_translations, c.default_language, t.failures,
                t.asks_help, t.last_at
           FROM tries t
           JOIN mine USING (learner_id)
           JOIN accounts a ON a.id = t.learner_id
           JOIN course_items i ON i.id = t.item_id
           JOIN course_modules m ON m.id = i.module_id
           JOIN courses c ON c.id = m.course_id
          WHERE t.asks_help OR (NOT coalesce(t.passed, false) AND t.failures >= $2)
          ORDER BY t.asks_help DESC, t.last_at DESC`,
        [actor.id, STUCK_AFTER_FAILURES],
      ) as Promise<TriesRow[]>,
      this.db.query(
        `WITH ${MINE_SQL}
         SELECT mine.learner_id, a.display_name, mine.cohort_id, act.last_at
           FROM mine
           JOIN accounts a ON a.id = mine.learner_id
           CROSS JOIN LATERAL (SELECT greatest(
             (SELECT max(created_at) FROM submissions WHERE learner_id = mine.learner_id),
             (SELECT max(p.completed_at) FROM item_progress p
                JOIN enrolments e ON e.id = p.enrolment_id WHERE e.learner_id = mine.learner_id),
             (SELECT max(greatest(started_at, served_at, completed_at)) FROM assessment_attempts
               WHERE learner_id = mine.learner_id)) AS last_at) act
          WHERE coalesce(act.last_at, mine.added_at) < now() - make_interval(days => $2)
          ORDER BY act.last_at NULLS FIRST, a.display_name`,
        [actor.id, INACTIVE_AFTER_DAYS],
      ) as Promise<InactiveRow[]>,
    ]);
    return {
      cohorts: counts.cohorts,
      learners: counts.learners,
      helpRequests: counts.help_requests,
      submissionsToReview: counts.to_review,
      recentAssessments: counts.assessments,
      stuck: tries.map(
        (row): LearnerAttention => ({
          learner: { id: row.learner_id, displayName: row.display_name },
          cohortId: row.cohort_id,
          reason: row.asks_help ? 'help' : 'failing',
          courseId: row.course_id,
          itemId: row.item_id,
          itemTitle: localize(
            row.item_translations,
            language ?? row.default_language,
            row.default_language,
          ).text.title,
          failures: row.failures,
          lastActiveAt: row.last_at.toISOString(),
        }),
      ),
      inactive: inactive.map(
        (row): LearnerAttention => ({
          learner: { id: row.learner_id, displayName: row.display_name },
          cohortId: row.cohort_id,
          reason: 'inactive',
          courseId: null,
          itemId: null,
          itemTitle: null,
          failures: 0,
          lastActiveAt: row.last_at?.toISOString() ?? null,
        }),
      ),
    };
  }

  async employer(actor: AuthenticatedAccount): Promise<EmployerHome> {
    const organisations: { id: string; name: string }[] = await this.db.query(
      `SELECT o.id, o.name FROM organisation_members om
         JOIN organisations o ON o.id = om.organisation_id
        WHERE om.account_id = $1 ORDER BY o.name`,
      [actor.id],
    );
    const ids = organisations.map((o) => o.id);
    const [applications, jobs] = await Promise.all([
      this.db.query(
        `SELECT a.id, j.organisation_id, j.id AS job_id, j.title AS job_title,
                a.learner_id, l.display_name, a.created_at
           FROM applications a
           JOIN jobs j ON j.id = a.job_id
           JOIN accounts l ON l.id = a.learner_id
          WHERE j.organisation_id = ANY($1) AND a.source = 'applied'
            AND a.withdrawn_at IS NULL AND a.created_at > ${RECENT}
          ORDER BY a.created_at DESC, a.id`,
        [ids],
      ) as Promise<
        {
          id: string;
          organisation_id: string;
          job_id: string;
          job_title: string;
          learner_id: string;
          display_name: string;
          created_at: Date;
        }[]
      >,
      this.db.query(
        `SELECT j.id, j.organisation_id, j.title,
                count(a.id) FILTER (WHERE a.stage <> 'rejected')::int AS candidates,
                count(a.id) FILTER (WHERE a.source = 'applied'
                                      AND a.created_at > ${RECENT})::int AS new_applications
           FROM jobs j
           LEFT JOIN applications a ON a.job_id = j.id AND a.withdrawn_at IS NULL
          WHERE j.organisation_id = ANY($1) AND j.status = 'open'
          GROUP BY j.id
          ORDER BY j.opened_at DESC NULLS LAST, j.title`,
        [ids],
      ) as Promise<
        {
          id: string;
          organisation_id: string;
          title: string;
          candidates: number;
          new_applications: number;
        }[]
      >,
    ]);
    return {
      organisations,
      newApplications: applications.map((a) => ({
        id: a.id,
        organisationId: a.organisation_id,
        jobId: a.job_id,
        jobTitle: a.job_title,
        learner: { id: a.learner_id, displayName: a.display_name },
        createdAt: a.created_at.toISOString(),
      })),
      openJobs: jobs.map((j) => ({
        id: j.id,
        organisationId: j.organisation_id,
        title: j.title,
        candidates: j.candidates,
        newApplications: j.new_applications,
      })),
    };
  }

  async admin(): Promise<AdminHome> {
    const [row]: {
      learners: number;
      mentors: number;
      employers: number;
      admins: number;
      invitations: number;
      cohorts: number;
      organisations: number;
      open_jobs: number;
      hires: number;
      help_requests: number;
    }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE role = 'learner')::int AS learners,
              count(*) FILTER (WHERE role = 'mentor')::int AS mentors,
              count(*) FILTER (WHERE role = 'employer')::int AS employers,
              count(*) FILTER (WHERE role = 'admin')::int AS admins,
              (SELECT count(*)::int FROM invitations WHERE accepted_at IS NULL
                  AND revoked_at IS NULL AND expires_at > now()) AS invitations,
              (SELECT count(*)::int FROM cohorts) AS cohorts,
              (SELECT count(*)::int FROM organisations) AS organisations,
              (SELECT count(*)::int FROM jobs WHERE status = 'open') AS open_jobs,
              (SELECT count(DISTINCT learner_id)::int FROM applications
                WHERE stage = 'hired') AS hires,
              (SELECT count(*)::int FROM submissions
                WHERE help_requested_at IS NOT NULL) AS help_requests
         FROM accounts`,
    );
    return {
      accounts: {
        learners: row.learners,
        mentors: row.mentors,
        employers: row.employers,
        admins: row.admins,
      },
      pendingInvitations: row.invitations,
      cohorts: row.cohorts,
      organisations: row.organisations,
      openJobs: row.open_jobs,
      hires: row.hires,
      helpRequests: row.help_requests,
    };
  }
}
