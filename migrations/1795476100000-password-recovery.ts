import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password recovery: reset links (sent by email) and reset codes (made by a mentor or admin and
 * handed over in person), both stored hashed; and an audit log of sensitive account actions.
 */
export class PasswordRecovery1795476100000 implements MigrationInterface {
  name = 'PasswordRecovery1795476100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        kind varchar(8) NOT NULL,
        secret_hash text NOT NULL,
        issued_by_id uuid NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        revoked_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_password_resets_kind CHECK (kind IN ('link', 'code')),
        CONSTRAINT fk_password_resets_account FOREIGN KEY (account_id)
          REFERENCES accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_password_resets_issued_by FOREIGN KEY (issued_by_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_password_resets_account_id ON password_resets (account_id)`);
    await db.query(
      `CREATE INDEX ix_password_resets_issued_by_id ON password_resets (issued_by_id)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX uq_password_resets_secret_hash ON password_resets (secret_hash)`,
    );
    await db.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action varchar(64) NOT NULL,
        actor_id uuid NULL,
        subject_id uuid NULL,
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_audit_events_actor FOREIGN KEY (actor_id)
          REFERENCES accounts (id) ON DELETE SET NULL,
        CONSTRAINT fk_audit_events_subject FOREIGN KEY (subject_id)
          REFERENCES accounts (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX ix_audit_events_actor_id ON audit_events (actor_id)`);
    await db.query(`CREATE INDEX ix_audit_events_subject_id ON audit_events (subject_id)`);
    await db.query(`CREATE INDEX ix_audit_events_at ON audit_events (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP TABLE password_resets`);
  }
}
