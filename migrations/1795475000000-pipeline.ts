import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The hiring pipeline: applications, their moves, and organisations' notes on candidates. */
export class Pipeline1795475000000 implements MigrationInterface {
  name = 'Pipeline1795475000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL,
        learner_id uuid NOT NULL,
        stage varchar(16) NOT NULL,
        source varchar(16) NOT NULL,
        message text NULL,
        invitation_response varchar(16) NULL,
        rejection_reason varchar(300) NULL,
        withdrawn_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_applications_stage CHECK (stage IN ('suggested', 'shortlisted', 'invited', 'interviewed', 'offered', 'hired', 'rejected')),
        CONSTRAINT ck_applications_source CHECK (source IN ('applied', 'employer')),
        CONSTRAINT ck_applications_invitation CHECK (invitation_response IN ('accepted', 'declined')),
        CONSTRAINT fk_applications_job FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE,
        CONSTRAINT fk_applications_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_applications_job_learner ON applications (job_id, learner_id)`,
    );
    await db.query(`CREATE INDEX ix_applications_learner_id ON applications (learner_id)`);
    await db.query(`
      CREATE TABLE application_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        from_stage varchar(16) NULL,
        to_stage varchar(16) NOT NULL,
        by_id uuid NULL,
        by_name varchar(80) NULL,
        reason varchar(300) NULL,
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_application_events_application FOREIGN KEY (application_id)
          REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT fk_application_events_by FOREIGN KEY (by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX ix_application_events_application_id ON application_events (application_id)`,
    );
    await db.query(`CREATE INDEX ix_application_events_by_id ON application_events (by_id)`);
    await db.query(`
      CREATE TABLE candidate_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        learner_id uuid NOT NULL,
        author_id uuid NULL,
        author_name varchar(80) NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_candidate_notes_organisation FOREIGN KEY (organisation_id)
          REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_candidate_notes_learner FOREIGN KEY (learner_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_candidate_notes_author FOREIGN KEY (author_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX ix_candidate_notes_organisation_id_learner_id ON candidate_notes (organisation_id, learner_id)`,
    );
    await db.query(`CREATE INDEX ix_candidate_notes_learner_id ON candidate_notes (learner_id)`);
    await db.query(`CREATE INDEX ix_candidate_notes_author_id ON candidate_notes (author_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE candidate_notes`);
    await db.query(`DROP TABLE application_events`);
    await db.query(`DROP TABLE applications`);
  }
}
