import type { DeviceAccess, Schooling, SpokenLanguage } from '@passerelle/contracts';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';

/**
 * What a learner tells before the assessment: the languages they speak, the devices they can
 * use, their schooling and the work they want. Placement reads it; the employer profile will
 * show it only with the learner's consent.
 */
@Entity('intake_profiles')
@Check(
  'ck_intake_profiles_schooling',
  `schooling IN ('none', 'primary', 'secondary', 'vocational', 'university')`,
)
export class IntakeProfile {
  @PrimaryColumn({ type: 'uuid' })
  learnerId!: string;

  @OneToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_intake_profiles_learner' })
  learner?: Relation<Account>;

  @Column({ type: 'jsonb' })
  languages!: SpokenLanguage[];

  @Column({ type: 'jsonb' })
  devices!: DeviceAccess[];

  @Column({ type: 'varchar', length: 16 })
  schooling!: Schooling;

  @Column({ type: 'varchar', length: 200 })
  jobGoal!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
