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

/** How many of an exercise's hints a learner has asked to see. */
@Entity('hint_reveals')
export class HintReveal {
  @PrimaryColumn({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_hint_reveals_learner' })
  learner?: Relation<Account>;

  @Index('ix_hint_reveals_item_id')
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => Exercise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_hint_reveals_item' })
  exercise?: Relation<Exercise>;

  @Column({ type: 'integer' })
  revealed!: number;
}
