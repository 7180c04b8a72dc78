import type { ItemKind, ItemText, QuizQuestion, Translations } from '@passerelle/contracts';
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
  UpdateDateColumn,
} from 'typeorm';

import { CourseModule } from './course-module.entity';

@Entity('course_items')
@Check('ck_course_items_kind', `kind IN ('lesson', 'quiz', 'exercise')`)
export class CourseItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_course_items_module_id')
  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => CourseModule, (module) => module.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_course_items_module' })
  module?: Relation<CourseModule>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: ItemKind;

  @Column({ type: 'jsonb' })
  translations!: Translations<ItemText>;

  /** Quiz questions with their answer keys; never sent to learners as they are. */
  @Column({ type: 'jsonb', nullable: true })
  questions!: QuizQuestion[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
