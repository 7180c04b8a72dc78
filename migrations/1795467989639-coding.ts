import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coding exercises (one per exercise item), learners' submissions and revealed hints. */
export class Coding1795467989639 implements MigrationInterface {
  name = 'Coding1795467989639';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exercises (
        item_id uuid PRIMARY KEY,
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_exercises_item FOREIGN KEY (item_id)
          REFERENCES course_items (id) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL,
        learner_id uuid NOT NULL,
        kind varchar(8) NOT NULL,
        source text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'queued',
        result jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        graded_at timestamptz NULL,
        CONSTRAINT ck_submissions_kind CHECK (kind IN ('run', 'submit')),
        CONSTRAINT ck_submissions_status CHECK (status IN ('queued', 'graded')),
        CONSTRAINT fk_submissions_item FOREIGN KEY (item_id)
          REFERENCES exercises (item_id) ON DELETE CASCADE,
        CONSTRAINT fk_submissions_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_submissions_item_id ON submissions (item_id)`);
    await db.query(
      `CREATE INDEX ix_submissions_learner_id_created_at ON submissions (learner_id, created_at)`,
    );

    await db.query(`
      CREATE TABLE hint_reveals (
        learner_id uuid NOT NULL,
        item_id uuid NOT NULL,
        revealed integer NOT NULL,
        PRIMARY KEY (learner_id, item_id),
        CONSTRAINT fk_hint_reveals_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_hint_reveals_item FOREIGN KEY (item_id)
          REFERENCES exercises (item_id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_hint_reveals_item_id ON hint_reveals (item_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE hint_reveals`);
    await db.query(`DROP TABLE submissions`);
    await db.query(`DROP TABLE exercises`);
  }
}
