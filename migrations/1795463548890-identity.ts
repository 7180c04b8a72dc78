import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts with their roles, rotating refresh tokens, and invitations of staff. */
export class Identity1795463548890 implements MigrationInterface {
  name = 'Identity1795463548890';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NULL,
        username varchar(32) NULL,
        display_name varchar(80) NOT NULL,
        password_hash text NULL,
        role varchar(16) NOT NULL,
        status varchar(16) NOT NULL,
        preferred_language varchar(8) NOT NULL DEFAULT 'en',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_accounts_identifier CHECK (email IS NOT NULL OR username IS NOT NULL),
        CONSTRAINT ck_accounts_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_accounts_username_lower CHECK (username = lower(username)),
        CONSTRAINT ck_accounts_role CHECK (role IN ('learner', 'mentor', 'employer', 'admin')),
        CONSTRAINT ck_accounts_status CHECK (status IN ('invited', 'active', 'disabled')),
        CONSTRAINT ck_accounts_password CHECK (status = 'invited' OR password_hash IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_accounts_email ON accounts (email)`);
    await db.query(`CREATE UNIQUE INDEX uq_accounts_username ON accounts (username)`);
    await db.query(`CREATE INDEX ix_accounts_role ON accounts (role)`);
    await db.query(`CREATE INDEX ix_accounts_created_at ON accounts (created_at)`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        family_id uuid NOT NULL,
        token_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        revoked_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_refresh_tokens_account FOREIGN KEY (account_id)
          REFERENCES accounts (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_refresh_tokens_account_id ON refresh_tokens (account_id)`);
    await db.query(`CREATE INDEX ix_refresh_tokens_family_id ON refresh_tokens (family_id)`);

    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        invited_by_id uuid NULL,
        token_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz NULL,
        revoked_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_invitations_account FOREIGN KEY (account_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_invitations_invited_by FOREIGN KEY (invited_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_invitations_token_hash ON invitations (token_hash)`);
    await db.query(`CREATE INDEX ix_invitations_account_id ON invitations (account_id)`);
    await db.query(`CREATE INDEX ix_invitations_invited_by_id ON invitations (invited_by_id)`);
    await db.query(`CREATE INDEX ix_invitations_created_at ON invitations (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE invitations`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE accounts`);
  }
}
