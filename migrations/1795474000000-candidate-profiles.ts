import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidate profiles with the learner's consent, and mentors' endorsements. */
export class CandidateProfiles1795474000000 implements MigrationInterface {
  name = 'CandidateProfiles1795474000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE candidate_profiles (
        learner_id uuid NOT NULL PRIMARY KEY,
        headline varchar(120) NOT NULL DEFAULT '',
        bio text NOT NULL DEFAULT '',
        experience jsonb NOT NULL DEFAULT '[]',
        available_from date NULL,
        hours_per_week smallint NULL,
        preferred_locations jsonb NOT NULL DEFAULT '[]',
        remote_ok boolean NOT NULL DEFAULT false,
        right_to_work varchar(16) NULL,
        updated_at timestamptz NULL,
        open_to_work boolean NOT NULL DEFAULT false,
        shared_sections jsonb NOT NULL DEFAULT '[]',
        consent_updated_at timestamptz NULL,
        CONSTRAINT ck_candidate_profiles_right_to_work CHECK (right_to_work IN ('yes', 'pending', 'no')),
        CONSTRAINT ck_candidate_profiles_hours CHECK (hours_per_week BETWEEN 1 AND 48),
        CONSTRAINT fk_candidate_profiles_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE endorsements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL,
        mentor_id uuid NOT NULL,
        body varchar(500) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_endorsements_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_endorsements_mentor FOREIGN KEY (mentor_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_endorsements_learner_id ON endorsements (learner_id)`);
    await db.query(`CREATE INDEX ix_endorsements_mentor_id ON endorsements (mentor_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE endorsements`);
    await db.query(`DROP TABLE candidate_profiles`);
  }
}
