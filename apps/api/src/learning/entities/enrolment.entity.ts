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
import { Course } from './course.entity';

@Entity('enrolments')
@Index('uq_enrolments_course_learner', ['courseId', 'learnerId'], { unique: true })
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_enrolments_course' })
  course?: Relation<Course>;

  @Index('ix_enrolments_learner_id')
  @Column({ type: 'uuid' })
  learnerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_enrolments_learner' })
  learner?: Account;

  /** A mentor who enrolled the learner; null when the learner enrolled themselves. */
  @Index('ix_enrolments_enrolled_by_id')
  @Column({ type: 'uuid', nullable: true })
  enrolledById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolled_by_id', foreignKeyConstraintName: 'fk_enrolments_enrolled_by' })
  enrolledBy?: Account | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
