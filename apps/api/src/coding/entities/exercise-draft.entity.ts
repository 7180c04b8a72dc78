import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Exercise } from './exercise.entity';

/**
 * The code a learner is writing for one exercise, as last saved from any of their devices, so
 * that a draft started on a shared computer continues on their phone. One per learner and
 * exercise; each save replaces it.
 */
@Entity('exercise_drafts')
export class ExerciseDraft {
  @PrimaryColumn({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_exercise_drafts_learner' })
  learner?: Relation<Account>;

  @Index('ix_exercise_drafts_item_id')
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => Exercise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_exercise_drafts_item' })
  exercise?: Relation<Exercise>;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
