import type {
  CourseLevels,
  CourseStatus,
  CourseText,
  LanguageCode,
  Translations,
} from '@passerelle/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { CourseModule } from './course-module.entity';

@Entity('courses')
@Check('ck_courses_status', `status IN ('draft', 'published')`)
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_courses_slug', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 8 })
  defaultLanguage!: LanguageCode;

  @Column({ type: 'jsonb' })
  translations!: Translations<CourseText>;

  @Column({ type: 'jsonb', default: {} })
  levels!: CourseLevels;

  @Index('ix_courses_status')
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CourseStatus;

  @Index('ix_courses_created_by_id')
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_courses_created_by' })
  createdBy?: Account | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @OneToMany(() => CourseModule, (module) => module.course)
  modules?: CourseModule[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
