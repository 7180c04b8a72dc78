import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned item banks: every set of item parameters the skills check has used (authored, or
 * fitted on learners' answers and applied by a mentor), the version each attempt started with
 * (it is served and scored with it for as long as it lives), and the anchor items that keep
 * the scale when the bank is calibrated.
 *
 * The bank as it is becomes version 1: current, authored, with a standard-normal population
 * per area and the engine's correlation between areas; every existing attempt gets it.
 */
export class AssessmentBankVersions1795476500000 implements MigrationInterface {
  name = 'AssessmentBankVersions1795476500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessment_bank_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL,
        status varchar(16) NOT NULL,
        source varchar(16) NOT NULL,
        parameters jsonb NOT NULL,
        population jsonb NOT NULL,
        correlation double precision NOT NULL,
        report jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid NULL,
        reviewed_at timestamptz NULL,
        reviewed_by_id uuid NULL,
        CONSTRAINT ck_assessment_bank_versions_status CHECK (status IN ('proposed', 'current', 'superseded', 'rejected')),
        CONSTRAINT ck_assessment_bank_versions_source CHECK (source IN ('authored', 'calibrated')),
        CONSTRAINT ck_assessment_bank_versions_correlation CHECK (correlation >= 0 AND correlation < 1),
        CONSTRAINT fk_assessment_bank_versions_created_by FOREIGN KEY (created_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL,
        CONSTRAINT fk_assessment_bank_versions_reviewed_by FOREIGN KEY (reviewed_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_assessment_bank_versions_number ON assessment_bank_versions (number)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX uq_assessment_bank_versions_current ON assessment_bank_versions (status)
        WHERE status = 'current'`,
    );
    await db.query(
      `CREATE INDEX ix_assessment_bank_versions_created_by_id ON assessment_bank_versions (created_by_id)`,
    );
    await db.query(
      `CREATE INDEX ix_assessment_bank_versions_reviewed_by_id ON assessment_bank_versions (reviewed_by_id)`,
    );
    await db.query(`
      INSERT INTO assessment_bank_versions (number, status, source, parameters, population, correlation)
      SELECT 1, 'current', 'authored',
             coalesce(jsonb_object_agg(id::text, jsonb_build_object(
               'a', a, 'b', b, 'c', c, 'exposureControl', exposure_control)), '{}'::jsonb),
             (SELECT jsonb_object_agg(area, jsonb_build_object('mean', 0, 'sd', 1))
                FROM unnest(ARRAY['information', 'communication', 'content-creation', 'safety',
                                  'problem-solving', 'coding']) AS area),
             0.8
        FROM assessment_items`);

    await db.query(`ALTER TABLE assessment_attempts ADD COLUMN bank_version_id uuid NULL`);
    await db.query(
      `UPDATE assessment_attempts
          SET bank_version_id = (SELECT id FROM assessment_bank_versions WHERE number = 1)`,
    );
    await db.query(`ALTER TABLE assessment_attempts ALTER COLUMN bank_version_id SET NOT NULL`);
    await db.query(`
      ALTER TABLE assessment_attempts ADD CONSTRAINT fk_assessment_attempts_bank_version
        FOREIGN KEY (bank_version_id) REFERENCES assessment_bank_versions (id) ON DELETE RESTRICT`);
    await db.query(
      `CREATE INDEX ix_assessment_attempts_bank_version_id ON assessment_attempts (bank_version_id)`,
    );

    await db.query(`ALTER TABLE assessment_items ADD COLUMN anchor boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessment_items DROP COLUMN anchor`);
    await db.query(`ALTER TABLE assessment_attempts DROP COLUMN bank_version_id`);
    await db.query(`DROP TABLE assessment_bank_versions`);
  }
}
