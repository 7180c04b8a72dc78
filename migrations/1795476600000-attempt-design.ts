import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an attempt fixes when it starts, so that it is served and scored the same way to its
 * end on any device: the intake's prior shift per area, the catalogue's decision cuts and the
 * opening area. Attempts started before have none: they run with no intake prior and the
 * level groups' cuts only.
 */
export class AttemptDesign1795476600000 implements MigrationInterface {
  name = 'AttemptDesign1795476600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessment_attempts ADD COLUMN design jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessment_attempts DROP COLUMN design`);
  }
}
