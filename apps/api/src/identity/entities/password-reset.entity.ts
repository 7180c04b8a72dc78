import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { Account } from './account.entity';

export type PasswordResetKind = 'link' | 'code';

/**
 * A way back into an account: a link sent by email (its secret stored as SHA-256, like refresh
 * tokens), or a short code a mentor or admin made and handed over in person (stored with
 * argon2id, being short). Single use and expiring; a newer one of the same kind replaces it.
 */
@Entity('password_resets')
@Check('ck_password_resets_kind', `kind IN ('link', 'code')`)
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_password_resets_account_id')
  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_password_resets_account' })
  account?: Account;

  @Column({ type: 'varchar', length: 8 })
  kind!: PasswordResetKind;

  @Index('uq_password_resets_secret_hash', { unique: true })
  @Column({ type: 'text' })
  secretHash!: string;

  /** The staff member who made a code; null for links people ask for themselves. */
  @Index('ix_password_resets_issued_by_id')
  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id', foreignKeyConstraintName: 'fk_password_resets_issued_by' })
  issuedBy?: Account | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
