import type {
  AreaPopulation,
  BankVersionSource,
  BankVersionStatus,
  CalibrationDataSource,
  CalibrationItemRow,
  CompetenceArea,
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

/** An item's parameters as a version holds them. */
export interface VersionedParameters {
  a: number;
  b: number;
  c: number;
  exposureControl: number;
}

/** What a fit used and found, kept with the version it proposed. */
export interface CalibrationReport {
  /** Whose answers: learners' completed attempts, or simulated learners (demo data). */
  source: CalibrationDataSource;
  items: Omit<CalibrationItemRow, 'key' | 'exposureControl'>[];
  attempts: number;
  answers: number;
  iterations: number;
  converged: boolean;
  logLikelihood: number;
  /** The Sympson–Hetter calibration of the new parameters. */
  exposure: { rounds: number; learners: number; chosenRound: number; maxExposure: number };
}

/**
 * One version of the item bank's parameters. An attempt is served and scored with the
 * version it started with. Items not in `parameters` (written after the version was made)
 * use their live parameters. One version at most is current.
 */
@Entity('assessment_bank_versions')
@Check(
  'ck_assessment_bank_versions_status',
  `status IN ('proposed', 'current', 'superseded', 'rejected')`,
)
@Check('ck_assessment_bank_versions_source', `source IN ('authored', 'calibrated')`)
@Check('ck_assessment_bank_versions_correlation', `correlation >= 0 AND correlation < 1`)
@Index('uq_assessment_bank_versions_current', ['status'], {
  unique: true,
  where: `status = 'current'`,
})
export class AssessmentBankVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_assessment_bank_versions_number', { unique: true })
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: BankVersionStatus;

  @Column({ type: 'varchar', length: 16 })
  source!: BankVersionSource;

  /** By item id. */
  @Column({ type: 'jsonb' })
  parameters!: Record<string, VersionedParameters>;

  @Column({ type: 'jsonb' })
  population!: Record<CompetenceArea, AreaPopulation>;

  /** ρ, the correlation between areas' abilities (the engine's equicorrelated prior). */
  @Column({ type: 'double precision' })
  correlation!: number;

  @Column({ type: 'jsonb', nullable: true })
  report!: CalibrationReport | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Index('ix_assessment_bank_versions_created_by_id')
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_assessment_bank_versions_created_by',
  })
  createdBy?: Relation<Account> | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Index('ix_assessment_bank_versions_reviewed_by_id')
  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'reviewed_by_id',
    foreignKeyConstraintName: 'fk_assessment_bank_versions_reviewed_by',
  })
  reviewedBy?: Relation<Account> | null;
}
