import type { AreaCuts, IntakePrior } from '@passerelle/assessment';
import type {
  AttemptStatus,
  CompetenceArea,
  CourseLevels,
  LanguageCode,
  PlacementOverride,
  ScaleResult,
} from '@passerelle/contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { AssessmentBankVersion } from './assessment-bank-version.entity';
import { AssessmentItem } from './assessment-item.entity';

/** The scores of a finished attempt, kept as they were when it finished. */
export interface StoredResult {
  overall: ScaleResult;
  areas: Record<CompetenceArea, ScaleResult>;
  stopReason: string;
}

/**
 * What the attempt fixed when it started (see `AttemptState` in the engine): the intake's
 * prior shift per area, the catalogue's decision cuts and courses, and the opening area.
 */
export interface AttemptDesign {
  prior: IntakePrior;
  cuts: AreaCuts;
  /** The catalogue's courses' levels (designs kept before them have none). */
  courses?: CourseLevels[];
  openingArea: CompetenceArea | null;
}

/** A mentor's choice of courses, which replaces the computed recommendations. */
export type StoredPlacement = PlacementOverride;

/**
 * One sitting of the skills assessment. The item served now is stored, so that the attempt
 * resumes on it on any device and only it can be answered; the seed fixes the attempt's
 * exposure-control draws. At most one attempt per learner is in progress.
 */
@Entity('assessment_attempts')
@Check(
  'ck_assessment_attempts_status',
  `status IN ('in-progress', 'completed', 'expired', 'reset')`,
)
@Index('uq_assessment_attempts_in_progress', ['learnerId'], {
  unique: true,
  where: `status = 'in-progress'`,
})
export class AssessmentAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_assessment_attempts_learner_id')
  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_assessment_attempts_learner' })
  learner?: Relation<Account>;

  @Column({ type: 'varchar', length: 16, default: 'in-progress' })
  status!: AttemptStatus;

  @Column({ type: 'varchar', length: 8 })
  language!: LanguageCode;

  @Column({ type: 'integer' })
  seed!: number;

  /** The bank version the attempt started with: it is served and scored with it to the end. */
  @Index('ix_assessment_attempts_bank_version_id')
  @Column({ type: 'uuid' })
  bankVersionId!: string;

  @ManyToOne(() => AssessmentBankVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'bank_version_id',
    foreignKeyConstraintName: 'fk_assessment_attempts_bank_version',
  })
  bankVersion?: Relation<AssessmentBankVersion>;

  /** Null for attempts started before designs were kept: no intake prior, group cuts only. */
  @Column({ type: 'jsonb', nullable: true })
  design!: AttemptDesign | null;

  @Index('ix_assessment_attempts_current_item_id')
  @Column({ type: 'uuid', nullable: true })
  currentItemId!: string | null;

  @ManyToOne(() => AssessmentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'current_item_id',
    foreignKeyConstraintName: 'fk_assessment_attempts_current_item',
  })
  currentItem?: Relation<AssessmentItem> | null;

  /** When the current item was first served (for the time spent on it). */
  @Column({ type: 'timestamptz', nullable: true })
  servedAt!: Date | null;

  /** The engine's "about N questions left" when the current item was chosen. */
  @Column({ type: 'integer', default: 0 })
  questionsLeft!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: StoredResult | null;

  @Column({ type: 'jsonb', nullable: true })
  placement!: StoredPlacement | null;

  @Index('ix_assessment_attempts_reset_by_id')
  @Column({ type: 'uuid', nullable: true })
  resetById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reset_by_id', foreignKeyConstraintName: 'fk_assessment_attempts_reset_by' })
  resetBy?: Relation<Account> | null;

  @Column({ type: 'timestamptz', nullable: true })
  resetAt!: Date | null;
}
