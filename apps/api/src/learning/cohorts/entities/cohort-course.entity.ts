import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Course } from '../../entities/course.entity';
import { Cohort } from './cohort.entity';

/** A course assigned to a cohort: its learners, present and future, are enrolled in it. */
@Entity('cohort_courses')
export class CohortCourse {
  @PrimaryColumn({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_courses_cohort' })
  cohort?: Relation<Cohort>;

  @Index('ix_cohort_courses_course_id')
  @PrimaryColumn({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_cohort_courses_course' })
  course?: Relation<Course>;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt!: Date;
}
