import type { ExerciseDefinition } from '@passerelle/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { CourseItem } from '../../learning/entities/course-item.entity';

/** The coding exercise behind an exercise item: prompt, starter, tests, hints. */
@Entity('exercises')
export class Exercise {
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @OneToOne(() => CourseItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_exercises_item' })
  item?: Relation<CourseItem>;

  @Column({ type: 'jsonb' })
  definition!: ExerciseDefinition;

  /** Where an imported exercise comes from, e.g. `exercism:two-fer`: a re-import updates it. */
  @Index('uq_exercises_origin', { unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  origin!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
