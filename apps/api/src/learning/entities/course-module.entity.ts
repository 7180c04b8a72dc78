import type { ModuleText, Translations } from '@passerelle/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { Course } from './course.entity';
import { CourseItem } from './course-item.entity';

@Entity('course_modules')
export class CourseModule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_course_modules_course_id')
  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, (course) => course.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_modules_course' })
  course?: Relation<Course>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  translations!: Translations<ModuleText>;

  @OneToMany(() => CourseItem, (item) => item.module)
  items?: CourseItem[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
