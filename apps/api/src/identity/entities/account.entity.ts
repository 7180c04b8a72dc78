import {
  type AccountStatus,
  FALLBACK_LANGUAGE,
  type LanguageCode,
  type Role,
} from '@passerelle/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('accounts')
@Check('ck_accounts_identifier', 'email IS NOT NULL OR username IS NOT NULL')
@Check('ck_accounts_email_lower', 'email = lower(email)')
@Check('ck_accounts_username_lower', 'username = lower(username)')
@Check('ck_accounts_role', `role IN ('learner', 'mentor', 'employer', 'admin')`)
@Check('ck_accounts_status', `status IN ('invited', 'active', 'disabled')`)
@Check('ck_accounts_password', `status = 'invited' OR password_hash IS NOT NULL`)
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; null for learners who signed up with a username only. */
  @Index('uq_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Index('uq_accounts_username', { unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  username!: string | null;

  @Column({ type: 'varchar', length: 80 })
  displayName!: string;

  /** argon2id; null until an invited account chooses its password. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Index('ix_accounts_role')
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 16 })
  status!: AccountStatus;

  @Column({ type: 'varchar', length: 8, default: FALLBACK_LANGUAGE })
  preferredLanguage!: LanguageCode;

  @Index('ix_accounts_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
