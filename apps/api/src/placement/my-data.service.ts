import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountStatus, type DeletionReport } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { ValidationFailed } from '../common/problem/app-error';
import { AuthService } from '../identity/auth.service';
import { Account } from '../identity/entities/account.entity';
import { PasswordHasher } from '../identity/password-hasher';

/** Everything the platform stores about a learner, table by table: what an export reads. */
const EXPORT_QUERIES: Record<string, string> = {
  intake: `SELECT languages, devices, schooling, job_goal, updated_at FROM intake_profiles WHERE learner_id = $1`,
  assessmentAttempts: `SELECT id, status, language, started_at, completed_at, result, placement FROM assessment_attempts WHERE learner_id = $1 ORDER BY started_at`,
  assessmentAnswers: `SELECT r.attempt_id, r.position, i.key AS item, r.language, r.choices, r.correct, r.theta_after, r.se_after, r.time_spent_ms, r.answered_at
      FROM assessment_responses r JOIN assessment_attempts a ON a.id = r.attempt_id JOIN assessment_items i ON i.id = r.item_id
     WHERE a.learner_id = $1 ORDER BY r.attempt_id, r.position`,
  enrolments: `SELECT e.course_id, c.slug AS course, e.created_at, e.completed_at FROM enrolments e JOIN courses c ON c.id = e.course_id WHERE e.learner_id = $1`,
  progress: `SELECT p.item_id, p.score, p.completed_at FROM item_progress p JOIN enrolments e ON e.id = p.enrolment_id WHERE e.learner_id = $1`,
  submissions: `SELECT id, item_id, kind, source, status, result, created_at, graded_at, help_requested_at FROM submissions WHERE learner_id = $1 ORDER BY created_at`,
  feedback: `SELECT c.submission_id, c.line, c.body, c.created_at FROM submission_comments c JOIN submissions s ON s.id = c.submission_id WHERE s.learner_id = $1`,
  drafts: `SELECT item_id, source, updated_at FROM exercise_drafts WHERE learner_id = $1`,
  hints: `SELECT item_id, revealed FROM hint_reveals WHERE learner_id = $1`,
  cohorts: `SELECT c.name, m.added_at FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.learner_id = $1`,
  profile: `SELECT headline, bio, experience, available_from, hours_per_week, preferred_locations, remote_ok, right_to_work, updated_at, open_to_work, shared_sections, consent_updated_at, phone, contact_via, contact_updated_at FROM candidate_profiles WHERE learner_id = $1`,
  endorsements: `SELECT a.display_name AS mentor, e.body, e.created_at FROM endorsements e JOIN accounts a ON a.id = e.mentor_id WHERE e.learner_id = $1`,
  profileViews: `SELECT viewer_name, organisation_name, job_title, viewed_at FROM profile_views WHERE learner_id = $1 ORDER BY viewed_at`,
  applications: `SELECT a.id, j.title AS job, o.name AS organisation, a.stage, a.source, a.message, a.invitation_response, a.withdrawn_at, a.created_at
      FROM applications a JOIN jobs j ON j.id = a.job_id JOIN organisations o ON o.id = j.organisation_id WHERE a.learner_id = $1`,
  applicationEvents: `SELECT e.application_id, e.from_stage, e.to_stage, e.by_name, e.reason, e.at
      FROM application_events e JOIN applications a ON a.id = e.application_id WHERE a.learner_id = $1 ORDER BY e.at`,
};

/** What a deletion removes, table by table (the account row itself is anonymised, not removed). */
const DELETIONS: { what: string; sql: string }[] = [
  {
    what: 'your intake (languages, devices, schooling, job goal)',
    sql: `DELETE FROM intake_profiles WHERE learner_id = $1`,
  },
  {
    what: 'your skills checks and every answer in them',
    sql: `DELETE FROM assessment_attempts WHERE learner_id = $1`,
  },
  { what: 'your courses and progress', sql: `DELETE FROM enrolments WHERE learner_id = $1` },
  {
    what: 'your code, drafts, hints seen and the feedback on them',
    sql: `DELETE FROM submissions WHERE learner_id = $1`,
  },
  { what: '', sql: `DELETE FROM exercise_drafts WHERE learner_id = $1` },
  { what: '', sql: `DELETE FROM hint_reveals WHERE learner_id = $1` },
  { what: 'your place in cohorts', sql: `DELETE FROM cohort_members WHERE learner_id = $1` },
  {
    what: 'your candidate profile, phone number and consent',
    sql: `DELETE FROM candidate_profiles WHERE learner_id = $1`,
  },
  {
    what: 'endorsements and employers’ notes about you',
    sql: `DELETE FROM endorsements WHERE learner_id = $1`,
  },
  { what: '', sql: `DELETE FROM candidate_notes WHERE learner_id = $1` },
  {
    what: 'the record of who viewed your profile',
    sql: `DELETE FROM profile_views WHERE learner_id = $1`,
  },
  {
    what: 'your sessions on every device',
    sql: `DELETE FROM refresh_tokens WHERE account_id = $1`,
  },
];

/**
 * The learner's own data: an export of everything stored about them (JSON), and the deletion
 * of their account, which removes their personal data and keeps only anonymous records that
 * placement statistics need.
 */
@Injectable()
export class MyDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
  ) {}

  async export(actor: AuthenticatedAccount): Promise<Record<string, unknown>> {
    const account = await this.db.getRepository(Account).findOneByOrFail({ id: actor.id });
    const data: Record<string, unknown> = {
      exportedAt: new Date().toISOString(),
      account: {
        id: account.id,
        email: account.email,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        preferredLanguage: account.preferredLanguage,
        createdAt: account.createdAt.toISOString(),
      },
    };
    for (const [name, sql] of Object.entries(EXPORT_QUERIES)) {
      data[name] = await this.db.query(sql, [actor.id]);
    }
    return data;
  }

  async delete(
    actor: AuthenticatedAccount,
    password: string,
    address: string,
  ): Promise<DeletionReport> {
    if (!(await this.auth.confirmPassword(actor.id, password, address))) {
      throw ValidationFailed.field('password', 'wrongPassword', 'This is not your password.');
    }
    const unusable = await this.hasher.hash(randomBytes(32).toString('base64url'));
    await this.db.transaction(async (em) => {
      // Applications stay for placement statistics, withdrawn and without the message.
      await em.query(
        `UPDATE applications SET withdrawn_at = coalesce(withdrawn_at, now()), message = NULL
          WHERE learner_id = $1`,
        [actor.id],
      );
      for (const { sql } of DELETIONS) await em.query(sql, [actor.id]);
      await em.update(Account, actor.id, {
        email: null,
        username: `deleted-${randomBytes(6).toString('hex')}`,
        displayName: 'Deleted learner',
        passwordHash: unusable,
        status: AccountStatus.Disabled,
      });
    });
    return {
      removed: [
        'your name, email, username and password',
        ...DELETIONS.map((d) => d.what).filter(Boolean),
      ],
      kept: [
        {
          what: 'the stages your job applications reached, without your name or message',
          why: 'programmes and their funders count how many learners find work; the record no longer points to you',
        },
      ],
    };
  }
}
