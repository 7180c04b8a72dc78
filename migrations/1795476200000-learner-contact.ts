import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How employers may reach a learner: an optional phone number (international form) and the
 * channel they chose, kept with the candidate profile and shared on the same consent.
 */
export class LearnerContact1795476200000 implements MigrationInterface {
  name = 'LearnerContact1795476200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidate_profiles
        ADD COLUMN phone varchar(16) NULL,
        ADD COLUMN contact_via varchar(16) NULL,
        ADD COLUMN contact_updated_at timestamptz NULL,
        ADD CONSTRAINT ck_candidate_profiles_phone CHECK (phone ~ '^\\+[1-9][0-9]{6,14}$'),
        ADD CONSTRAINT ck_candidate_profiles_contact_via
          CHECK (contact_via IN ('email', 'phone', 'passerelle')),
        ADD CONSTRAINT ck_candidate_profiles_phone_channel
          CHECK (contact_via IS DISTINCT FROM 'phone' OR phone IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidate_profiles
        DROP CONSTRAINT ck_candidate_profiles_phone_channel,
        DROP CONSTRAINT ck_candidate_profiles_contact_via,
        DROP CONSTRAINT ck_candidate_profiles_phone,
        DROP COLUMN contact_updated_at,
        DROP COLUMN contact_via,
        DROP COLUMN phone`);
  }
}
