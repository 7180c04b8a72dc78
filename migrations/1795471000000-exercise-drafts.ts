import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Learners' drafts of coding exercises, kept on the server so they follow the learner. */
export class ExerciseDrafts1795471000000 implements MigrationInterface {
  name = 'ExerciseDrafts1795471000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exercise_drafts (
        learner_id uuid NOT NULL,
        item_id uuid NOT NULL,
        source text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (learner_id, item_id),
        CONSTRAINT fk_exercise_drafts_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_exercise_drafts_item FOREIGN KEY (item_id)
          REFERENCES exercises (item_id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_exercise_drafts_item_id ON exercise_drafts (item_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE exercise_drafts`);
  }
}
