import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Courses of modules of items (lessons, quizzes, exercises), enrolments and progress. */
export class Learning1795467170616 implements MigrationInterface {
  name = 'Learning1795467170616';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL,
        default_language varchar(8) NOT NULL,
        translations jsonb NOT NULL,
        levels jsonb NOT NULL DEFAULT '{}',
        status varchar(16) NOT NULL DEFAULT 'draft',
        created_by_id uuid NULL,
        published_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_courses_status CHECK (status IN ('draft', 'published')),
        CONSTRAINT fk_courses_created_by FOREIGN KEY (created_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_courses_slug ON courses (slug)`);
    await db.query(`CREATE INDEX ix_courses_status ON courses (status)`);
    await db.query(`CREATE INDEX ix_courses_created_by_id ON courses (created_by_id)`);

    await db.query(`
      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        position integer NOT NULL,
        translations jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_course_modules_course FOREIGN KEY (course_id)
          REFERENCES courses (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_course_modules_course_id ON course_modules (course_id)`);

    await db.query(`
      CREATE TABLE course_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL,
        position integer NOT NULL,
        kind varchar(16) NOT NULL,
        translations jsonb NOT NULL,
        questions jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_course_items_kind CHECK (kind IN ('lesson', 'quiz', 'exercise')),
        CONSTRAINT fk_course_items_module FOREIGN KEY (module_id)
          REFERENCES course_modules (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_course_items_module_id ON course_items (module_id)`);

    await db.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        learner_id uuid NOT NULL,
        enrolled_by_id uuid NULL,
        completed_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_enrolments_course FOREIGN KEY (course_id)
          REFERENCES courses (id) ON DELETE CASCADE,
        CONSTRAINT fk_enrolments_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_enrolments_enrolled_by FOREIGN KEY (enrolled_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_enrolments_course_learner ON enrolments (course_id, learner_id)`,
    );
    await db.query(`CREATE INDEX ix_enrolments_learner_id ON enrolments (learner_id)`);
    await db.query(`CREATE INDEX ix_enrolments_enrolled_by_id ON enrolments (enrolled_by_id)`);

    await db.query(`
      CREATE TABLE item_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL,
        item_id uuid NOT NULL,
        score real NULL,
        completed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_item_progress_enrolment FOREIGN KEY (enrolment_id)
          REFERENCES enrolments (id) ON DELETE CASCADE,
        CONSTRAINT fk_item_progress_item FOREIGN KEY (item_id)
          REFERENCES course_items (id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_item_progress_enrolment_item ON item_progress (enrolment_id, item_id)`,
    );
    await db.query(`CREATE INDEX ix_item_progress_item_id ON item_progress (item_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE item_progress`);
    await db.query(`DROP TABLE enrolments`);
    await db.query(`DROP TABLE course_items`);
    await db.query(`DROP TABLE course_modules`);
    await db.query(`DROP TABLE courses`);
  }
}
