import type {
  AssessmentItemKind,
  AssessmentItemStatus,
  AssessmentItemText,
  CompetenceArea,
  LanguageCode,
  Translations,
} from '@passerelle/contracts';
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

/**
 * A question of the skills assessment: its scale, its IRT parameters, its texts in any number
 * of languages and its answer key (option indexes, as quiz questions have). Items are retired,
 * never deleted: attempts keep pointing at the items they served.
 */
@Entity('assessment_items')
@Check(
  'ck_assessment_items_area',
  `area IN ('information', 'communication', 'content-creation', 'safety', 'problem-solving', 'coding')`,
)
@Check('ck_assessment_items_kind', `kind IN ('single', 'multiple', 'ordering', 'picture')`)
@Check('ck_assessment_items_status', `status IN ('active', 'retired')`)
@Check('ck_assessment_items_irt', `a > 0 AND c >= 0 AND c < 1`)
@Check('ck_assessment_items_exposure', `exposure_control > 0 AND exposure_control <= 1`)
export class AssessmentItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_assessment_items_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  area!: CompetenceArea;

  /** A DigComp competence ("4.2") or a coding-readiness one ("C.3"). */
  @Column({ type: 'varchar', length: 8 })
  competence!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AssessmentItemKind;

  /** Picture items: a file served by the portal under `/assessment/`. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  image!: string | null;

  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Column({ type: 'double precision' })
  a!: number;

  @Column({ type: 'double precision' })
  b!: number;

  /** 3PL lower asymptote; 0 for a 2PL item. */
  @Column({ type: 'double precision', default: 0 })
  c!: number;

  /** Authored estimates, not yet calibrated on learners' answers. */
  @Column({ type: 'boolean', default: true })
  provisional!: boolean;

  /**
   * Anchors keep their parameters when the bank is calibrated: they hold the scale, so that a
   * level means the same before and after.
   */
  @Column({ type: 'boolean', default: false })
  anchor!: boolean;

  /** Sympson–Hetter: the chance the item is given when the engine selects it. */
  @Column({ type: 'double precision', default: 1 })
  exposureControl!: number;

  /** Option indexes: the right one(s), or all of them in the right order. Never served. */
  @Column({ type: 'jsonb' })
  answer!: number[];

  @Column({ type: 'varchar', length: 8 })
  fallbackLanguage!: LanguageCode;

  @Column({ type: 'jsonb' })
  translations!: Translations<AssessmentItemText>;

  @Index('ix_assessment_items_status')
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: AssessmentItemStatus;

  @Index('ix_assessment_items_created_by_id')
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_assessment_items_created_by' })
  createdBy?: Relation<Account> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
