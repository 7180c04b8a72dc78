import type { PipelineStage } from '@passerelle/contracts';
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
import { Application } from './application.entity';

/** Each move through the pipeline: from which stage to which, by whom, when, and why. */
@Entity('application_events')
export class ApplicationEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_application_events_application_id')
  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'fk_application_events_application',
  })
  application?: Relation<Application>;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStage!: PipelineStage | null;

  @Column({ type: 'varchar', length: 16 })
  toStage!: PipelineStage;

  @Index('ix_application_events_by_id')
  @Column({ type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_application_events_by' })
  by?: Relation<Account> | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  byName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
