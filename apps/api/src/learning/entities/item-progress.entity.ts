import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { CourseItem } from './course-item.entity';
import { Enrolment } from './enrolment.entity';

/** An item a learner has completed in a course they are enrolled in. */
@Entity('item_progress')
@Index('uq_item_progress_enrolment_item', ['enrolmentId', 'itemId'], { unique: true })
export class ItemProgress {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_item_progress_enrolment' })
  enrolment?: Relation<Enrolment>;

  @Index('ix_item_progress_item_id')
  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => CourseItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_item_progress_item' })
  item?: Relation<CourseItem>;

  /** For quizzes: the share of right answers, 0–1. */
  @Column({ type: 'real', nullable: true })
  score!: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  completedAt!: Date;
}
