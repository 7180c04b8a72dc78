import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner organisations and their employers. */
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
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organisation_members`);
    await db.query(`DROP TABLE organisations`);
  }
}
