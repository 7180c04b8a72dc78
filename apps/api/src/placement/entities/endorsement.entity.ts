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

import { Account } from '../../identity/entities/account.entity';

/** A mentor's short endorsement of a learner in one of their cohorts: evidence the learner cannot edit. */
@Entity('endorsements')
export class Endorsement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_endorsements_learner_id')
  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_endorsements_learner' })
  learner?: Relation<Account>;

  @Index('ix_endorsements_mentor_id')
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_endorsements_mentor' })
  mentor?: Relation<Account>;

  @Column({ type: 'varchar', length: 500 })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
