import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../../../identity/entities/account.entity';
import { Cohort } from './cohort.entity';

/** A learner in a cohort. A learner may be in several. */
@Entity('cohort_members')
export class CohortMember {
  @PrimaryColumn({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_members_cohort' })
  cohort?: Relation<Cohort>;

  @Index('ix_cohort_members_learner_id')
  @PrimaryColumn({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_cohort_members_learner' })
  learner?: Relation<Account>;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}
