import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The skills assessment: its item bank, learners' intake, attempts and their answers. */
export class Assessment1795472000000 implements MigrationInterface {
  name = 'Assessment1795472000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessment_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(64) NOT NULL,
        area varchar(32) NOT NULL,
        competence varchar(8) NOT NULL,
        kind varchar(16) NOT NULL,
        image varchar(80) NULL,
        code text NULL,
        a double precision NOT NULL,
        b double precision NOT NULL,
        c double precision NOT NULL DEFAULT 0,
        provisional boolean NOT NULL DEFAULT true,
        exposure_control double precision NOT NULL DEFAULT 1,
        answer jsonb NOT NULL,
        fallback_language varchar(8) NOT NULL,
        translations jsonb NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'active',
        created_by_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_assessment_items_area CHECK (area IN ('information', 'communication', 'content-creation', 'safety', 'problem-solving', 'coding')),
        CONSTRAINT ck_assessment_items_kind CHECK (kind IN ('single', 'multiple', 'ordering', 'picture')),
        CONSTRAINT ck_assessment_items_status CHECK (status IN ('active', 'retired')),
        CONSTRAINT ck_assessment_items_irt CHECK (a > 0 AND c >= 0 AND c < 1),
        CONSTRAINT ck_assessment_items_exposure CHECK (exposure_control > 0 AND exposure_control <= 1),
        CONSTRAINT fk_assessment_items_created_by FOREIGN KEY (created_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_assessment_items_key ON assessment_items (key)`);
    await db.query(`CREATE INDEX ix_assessment_items_status ON assessment_items (status)`);
    await db.query(
      `CREATE INDEX ix_assessment_items_created_by_id ON assessment_items (created_by_id)`,
    );

    await db.query(`
      CREATE TABLE intake_profiles (
        learner_id uuid NOT NULL PRIMARY KEY,
        languages jsonb NOT NULL,
        devices jsonb NOT NULL,
        schooling varchar(16) NOT NULL,
        job_goal varchar(200) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_intake_profiles_schooling CHECK (schooling IN ('none', 'primary', 'secondary', 'vocational', 'university')),
        CONSTRAINT fk_intake_profiles_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE assessment_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'in-progress',
        language varchar(8) NOT NULL,
        seed integer NOT NULL,
        current_item_id uuid NULL,
        served_at timestamptz NULL,
        questions_left integer NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        completed_at timestamptz NULL,
        result jsonb NULL,
        placement jsonb NULL,
        reset_by_id uuid NULL,
        reset_at timestamptz NULL,
        CONSTRAINT ck_assessment_attempts_status CHECK (status IN ('in-progress', 'completed', 'expired', 'reset')),
        CONSTRAINT fk_assessment_attempts_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_assessment_attempts_current_item FOREIGN KEY (current_item_id)
          REFERENCES assessment_items (id) ON DELETE RESTRICT,
        CONSTRAINT fk_assessment_attempts_reset_by FOREIGN KEY (reset_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX ix_assessment_attempts_learner_id ON assessment_attempts (learner_id)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX uq_assessment_attempts_in_progress ON assessment_attempts (learner_id)
        WHERE status = 'in-progress'`,
    );
    await db.query(
      `CREATE INDEX ix_assessment_attempts_current_item_id ON assessment_attempts (current_item_id)`,
    );
    await db.query(
      `CREATE INDEX ix_assessment_attempts_reset_by_id ON assessment_attempts (reset_by_id)`,
    );

    await db.query(`
      CREATE TABLE assessment_responses (
        attempt_id uuid NOT NULL,
        position integer NOT NULL,
        item_id uuid NOT NULL,
        language varchar(8) NOT NULL,
        choices jsonb NULL,
        correct boolean NOT NULL,
        theta_after double precision NOT NULL,
        se_after double precision NOT NULL,
        time_spent_ms integer NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (attempt_id, position),
        CONSTRAINT fk_assessment_responses_attempt FOREIGN KEY (attempt_id)
          REFERENCES assessment_attempts (id) ON DELETE CASCADE,
        CONSTRAINT fk_assessment_responses_item FOREIGN KEY (item_id)
          REFERENCES assessment_items (id) ON DELETE RESTRICT
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_assessment_responses_attempt_item ON assessment_responses (attempt_id, item_id)`,
    );
    await db.query(
      `CREATE INDEX ix_assessment_responses_item_id ON assessment_responses (item_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assessment_responses`);
    await db.query(`DROP TABLE assessment_attempts`);
    await db.query(`DROP TABLE intake_profiles`);
    await db.query(`DROP TABLE assessment_items`);
  }
}
