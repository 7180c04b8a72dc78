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
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Submission } from './submission.entity';

/** A mentor's comment on a submission: on one line of it, or on the whole. */
@Entity('submission_comments')
@Check('ck_submission_comments_line', 'line IS NULL OR line >= 1')
export class SubmissionComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_submission_comments_submission_id')
  @Column({ type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'submission_id',
    foreignKeyConstraintName: 'fk_submission_comments_submission',
  })
  submission?: Relation<Submission>;

  /** Null once the mentor's account is gone; the comment stays for the learner. */
  @Index('ix_submission_comments_author_id')
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_submission_comments_author' })
  author?: Relation<Account> | null;

  @Column({ type: 'integer', nullable: true })
  line!: number | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the learner saw it. */
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
