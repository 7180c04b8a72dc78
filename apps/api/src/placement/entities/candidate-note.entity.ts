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
import { Organisation } from './organisation.entity';

/** An organisation's own note on a candidate: only its employers read it. */
@Entity('candidate_notes')
@Index('ix_candidate_notes_organisation_id_learner_id', ['organisationId', 'learnerId'])
export class CandidateNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_candidate_notes_organisation',
  })
  organisation?: Relation<Organisation>;

  @Index('ix_candidate_notes_learner_id')
  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_candidate_notes_learner' })
  learner?: Relation<Account>;

  @Index('ix_candidate_notes_author_id')
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_candidate_notes_author' })
  author?: Relation<Account> | null;

  @Column({ type: 'varchar', length: 80 })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
