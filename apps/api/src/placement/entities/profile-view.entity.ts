import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Job } from './job.entity';
import { Organisation } from './organisation.entity';

/**
 * The audit of employers' views of a candidate profile: who, for which organisation and job,
 * when. Names are kept as they were, so that the record outlives a deleted account or job.
 * The learner reads it as "who viewed my profile".
 */
@Entity('profile_views')
@Index('ix_profile_views_learner_id_viewed_at', ['learnerId', 'viewedAt'])
export class ProfileView {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_profile_views_learner' })
  learner?: Relation<Account>;

  @Index('ix_profile_views_viewer_id')
  @Column({ type: 'uuid', nullable: true })
  viewerId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'viewer_id', foreignKeyConstraintName: 'fk_profile_views_viewer' })
  viewer?: Relation<Account> | null;

  @Column({ type: 'varchar', length: 80 })
  viewerName!: string;

  @Index('ix_profile_views_organisation_id')
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_profile_views_organisation',
  })
  organisation?: Relation<Organisation> | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  organisationName!: string | null;

  @Index('ix_profile_views_job_id')
  @Column({ type: 'uuid', nullable: true })
  jobId!: string | null;

  @ManyToOne(() => Job, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_profile_views_job' })
  job?: Relation<Job> | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  viewedAt!: Date;
}
