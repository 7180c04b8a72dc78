import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner organisations, their employers and their job postings. */
export class Organisations1795473000000 implements MigrationInterface {
  name = 'Organisations1795473000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_organisations_name ON organisations (name)`);
    await db.query(`
      CREATE TABLE organisation_members (
        account_id uuid NOT NULL PRIMARY KEY,
        organisation_id uuid NOT NULL,
        role varchar(16) NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_organisation_members_role CHECK (role IN ('owner', 'member')),
        CONSTRAINT fk_organisation_members_account FOREIGN KEY (account_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_organisation_members_organisation FOREIGN KEY (organisation_id)
          REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX ix_organisation_members_organisation_id ON organisation_members (organisation_id)`,
    );
    await db.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        title varchar(120) NOT NULL,
        description text NOT NULL,
        location varchar(120) NOT NULL,
        remote varchar(16) NOT NULL,
        contract_type varchar(24) NOT NULL,
        hours_per_week smallint NOT NULL,
        start_date date NULL,
        requirements jsonb NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'draft',
        created_by_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        opened_at timestamptz NULL,
        CONSTRAINT ck_jobs_status CHECK (status IN ('draft', 'open', 'closed')),
        CONSTRAINT ck_jobs_remote CHECK (remote IN ('on-site', 'hybrid', 'remote')),
        CONSTRAINT ck_jobs_contract_type CHECK (contract_type IN ('permanent', 'fixed-term', 'apprenticeship', 'internship', 'freelance')),
        CONSTRAINT ck_jobs_hours CHECK (hours_per_week BETWEEN 1 AND 48),
        CONSTRAINT fk_jobs_organisation FOREIGN KEY (organisation_id)
          REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_jobs_created_by FOREIGN KEY (created_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_jobs_organisation_id_status ON jobs (organisation_id, status)`);
    await db.query(`CREATE INDEX ix_jobs_status ON jobs (status)`);
    await db.query(`CREATE INDEX ix_jobs_created_by_id ON jobs (created_by_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE jobs`);
    await db.query(`DROP TABLE organisation_members`);
    await db.query(`DROP TABLE organisations`);
  }
}
