import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Account } from './account.entity';

/** What an audit entry records. */
export type AuditAction =
  | 'password-reset-code.issued'
  | 'password.reset'
  | 'assessment-bank.applied'
  | 'assessment-bank.rejected';

/** Who did what to which account, and when: sensitive account actions, kept for review. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: AuditAction;

  @Index('ix_audit_events_actor_id')
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_events_actor' })
  actor?: Account | null;

  @Index('ix_audit_events_subject_id')
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'subject_id', foreignKeyConstraintName: 'fk_audit_events_subject' })
  subject?: Account | null;

  @Index('ix_audit_events_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
