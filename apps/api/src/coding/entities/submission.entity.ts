import type { SubmissionKind } from '@passerelle/contracts';
import type { GradingResult } from '@passerelle/grading';
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
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Exercise } from './exercise.entity';

/** Code a learner sent: stored before it is graded, so that nothing is lost. */
@Entity('submissions')
@Check('ck_submissions_kind', `kind IN ('run', 'submit')`)
@Check('ck_submissions_status', `status IN ('queued', 'graded')`)
@Index('ix_submissions_learner_id_created_at', ['learnerId', 'createdAt'])
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_submissions_item_id')
  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => Exercise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_submissions_item' })
  exercise?: Relation<Exercise>;

  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_submissions_learner' })
  learner?: Relation<Account>;

  @Column({ type: 'varchar', length: 8 })
  kind!: SubmissionKind;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: 'queued' | 'graded';

  @Column({ type: 'jsonb', nullable: true })
  result!: GradingResult | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  gradedAt!: Date | null;

  /** The learner asked a mentor for help; cleared when a mentor comments. */
  @Index('ix_submissions_help_requested_at', { where: 'help_requested_at IS NOT NULL' })
  @Column({ type: 'timestamptz', nullable: true })
  helpRequestedAt!: Date | null;
}
