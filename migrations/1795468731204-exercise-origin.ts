import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where an imported exercise comes from (e.g. `exercism:two-fer`), so re-imports update it. */
export class ExerciseOrigin1795468731204 implements MigrationInterface {
  name = 'ExerciseOrigin1795468731204';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE exercises ADD COLUMN origin varchar(200) NULL`);
    await db.query(`CREATE UNIQUE INDEX uq_exercises_origin ON exercises (origin)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX uq_exercises_origin`);
    await db.query(`ALTER TABLE exercises DROP COLUMN origin`);
  }
}
