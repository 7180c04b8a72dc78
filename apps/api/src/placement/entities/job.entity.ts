import type { ContractType, JobRequirements, JobStatus, RemoteOption } from '@passerelle/contracts';
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
import { Organisation } from './organisation.entity';

/**
 * A job posting of a partner organisation, with its requirements in the platform's own terms
 * (levels per area, languages, courses), which candidates are matched against.
 */
@Entity('jobs')
@Check('ck_jobs_status', `status IN ('draft', 'open', 'closed')`)
@Check('ck_jobs_remote', `remote IN ('on-site', 'hybrid', 'remote')`)
@Check(
  'ck_jobs_contract_type',
  `contract_type IN ('permanent', 'fixed-term', 'apprenticeship', 'internship', 'freelance')`,
)
@Check('ck_jobs_hours', `hours_per_week BETWEEN 1 AND 48`)
@Index('ix_jobs_organisation_id_status', ['organisationId', 'status'])
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_jobs_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 120 })
  location!: string;

  @Column({ type: 'varchar', length: 16 })
  remote!: RemoteOption;

  @Column({ type: 'varchar', length: 24 })
  contractType!: ContractType;

  @Column({ type: 'smallint' })
  hoursPerWeek!: number;

  /** A calendar date, kept as the text the employer gave (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'jsonb' })
  requirements!: JobRequirements;

  @Index('ix_jobs_status')
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: JobStatus;

  @Index('ix_jobs_created_by_id')
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_jobs_created_by' })
  createdBy?: Relation<Account> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;
}
