import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../../../identity/entities/account.entity';

/** A mentor's group of learners, locals and newcomers alike. */
@Entity('cohorts')
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Index('ix_cohorts_mentor_id')
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_cohorts_mentor' })
  mentor?: Relation<Account>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
