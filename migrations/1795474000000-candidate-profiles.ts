import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidate profiles with the learner's consent, mentors' endorsements, and the audit of employers' views. */
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
    await db.query(`
      CREATE TABLE profile_views (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL,
        viewer_id uuid NULL,
        viewer_name varchar(80) NOT NULL,
        organisation_id uuid NULL,
        organisation_name varchar(120) NULL,
        job_id uuid NULL,
        job_title varchar(120) NULL,
        viewed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_profile_views_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_profile_views_viewer FOREIGN KEY (viewer_id)
          REFERENCES accounts (id) ON DELETE SET NULL,
        CONSTRAINT fk_profile_views_organisation FOREIGN KEY (organisation_id)
          REFERENCES organisations (id) ON DELETE SET NULL,
        CONSTRAINT fk_profile_views_job FOREIGN KEY (job_id)
          REFERENCES jobs (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX ix_profile_views_learner_id_viewed_at ON profile_views (learner_id, viewed_at)`,
    );
    await db.query(`CREATE INDEX ix_profile_views_viewer_id ON profile_views (viewer_id)`);
    await db.query(
      `CREATE INDEX ix_profile_views_organisation_id ON profile_views (organisation_id)`,
    );
    await db.query(`CREATE INDEX ix_profile_views_job_id ON profile_views (job_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE profile_views`);
    await db.query(`DROP TABLE endorsements`);
    await db.query(`DROP TABLE candidate_profiles`);
  }
}
