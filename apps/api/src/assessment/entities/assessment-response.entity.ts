import type { LanguageCode } from '@passerelle/contracts';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { AssessmentAttempt } from './assessment-attempt.entity';
import { AssessmentItem } from './assessment-item.entity';

/**
 * One answer of an attempt, scored by the server when given: one per position and one per item,
 * so that a double submit records one answer.
 */
@Entity('assessment_responses')
@Index('uq_assessment_responses_attempt_item', ['attemptId', 'itemId'], { unique: true })
export class AssessmentResponse {
  @PrimaryColumn({ type: 'uuid' })
  attemptId!: string;

  @ManyToOne(() => AssessmentAttempt, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_assessment_responses_attempt' })
  attempt?: Relation<AssessmentAttempt>;

  /** 1 for the first answer of the attempt. */
  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Index('ix_assessment_responses_item_id')
  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AssessmentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_assessment_responses_item' })
  item?: Relation<AssessmentItem>;

  /** The language the item was shown in when answered. */
  @Column({ type: 'varchar', length: 8 })
  language!: LanguageCode;

  /** The options chosen, as indexes (in the chosen order for ordering items); null: "I don't know". */
  @Column({ type: 'jsonb', nullable: true })
  choices!: number[] | null;

  @Column({ type: 'boolean' })
  correct!: boolean;

  @Column({ type: 'double precision' })
  thetaAfter!: number;

  @Column({ type: 'double precision' })
  seAfter!: number;

  @Column({ type: 'integer' })
  timeSpentMs!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;
}
