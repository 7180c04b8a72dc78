import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cohorts (a mentor's group of learners and the courses assigned to them), and mentor review
 * of submissions: comments on lines or whole submissions, and learners' help requests.
 */
export class CohortsAndReview1795470500000 implements MigrationInterface {
  name = 'CohortsAndReview1795470500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(80) NOT NULL,
        mentor_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_cohorts_mentor FOREIGN KEY (mentor_id)
          REFERENCES accounts (id) ON DELETE RESTRICT
      )`);
    await db.query(`CREATE INDEX ix_cohorts_mentor_id ON cohorts (mentor_id)`);

    await db.query(`
      CREATE TABLE cohort_members (
        cohort_id uuid NOT NULL,
        learner_id uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cohort_id, learner_id),
        CONSTRAINT fk_cohort_members_cohort FOREIGN KEY (cohort_id)
          REFERENCES cohorts (id) ON DELETE CASCADE,
        CONSTRAINT fk_cohort_members_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_cohort_members_learner_id ON cohort_members (learner_id)`);

    await db.query(`
      CREATE TABLE cohort_courses (
        cohort_id uuid NOT NULL,
        course_id uuid NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cohort_id, course_id),
        CONSTRAINT fk_cohort_courses_cohort FOREIGN KEY (cohort_id)
          REFERENCES cohorts (id) ON DELETE CASCADE,
        CONSTRAINT fk_cohort_courses_course FOREIGN KEY (course_id)
          REFERENCES courses (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_cohort_courses_course_id ON cohort_courses (course_id)`);

    await db.query(`ALTER TABLE submissions ADD COLUMN help_requested_at timestamptz NULL`);
    await db.query(
      `CREATE INDEX ix_submissions_help_requested_at ON submissions (help_requested_at)
        WHERE help_requested_at IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE submission_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL,
        author_id uuid NULL,
        line integer NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        CONSTRAINT ck_submission_comments_line CHECK (line IS NULL OR line >= 1),
        CONSTRAINT fk_submission_comments_submission FOREIGN KEY (submission_id)
          REFERENCES submissions (id) ON DELETE CASCADE,
        CONSTRAINT fk_submission_comments_author FOREIGN KEY (author_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX ix_submission_comments_submission_id ON submission_comments (submission_id)`,
    );
    await db.query(
      `CREATE INDEX ix_submission_comments_author_id ON submission_comments (author_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE submission_comments`);
    await db.query(`DROP INDEX ix_submissions_help_requested_at`);
    await db.query(`ALTER TABLE submissions DROP COLUMN help_requested_at`);
    await db.query(`DROP TABLE cohort_courses`);
    await db.query(`DROP TABLE cohort_members`);
    await db.query(`DROP TABLE cohorts`);
  }
}
