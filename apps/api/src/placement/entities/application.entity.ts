import type { ApplicationSource, InvitationResponse, PipelineStage } from '@passerelle/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Job } from './job.entity';

/**
 * A candidate in a job's pipeline: added by the employer from the ranked list, or applying
 * themselves. One per job and learner. A withdrawn application stays for the record, without
 * the learner's message, and employers no longer see it.
 */
@Entity('applications')
@Check(
  'ck_applications_stage',
  `stage IN ('suggested', 'shortlisted', 'invited', 'interviewed', 'offered', 'hired', 'rejected')`,
)
@Check('ck_applications_source', `source IN ('applied', 'employer')`)
@Check('ck_applications_invitation', `invitation_response IN ('accepted', 'declined')`)
@Index('uq_applications_job_learner', ['jobId', 'learnerId'], { unique: true })
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_applications_job' })
  job?: Relation<Job>;

  @Index('ix_applications_learner_id')
  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_applications_learner' })
  learner?: Relation<Account>;

  @Column({ type: 'varchar', length: 16 })
  stage!: PipelineStage;

  @Column({ type: 'varchar', length: 16 })
  source!: ApplicationSource;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  invitationResponse!: InvitationResponse | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
