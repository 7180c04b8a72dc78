import type {
  ContactChannel,
  ProfileSection,
  RightToWork,
  WorkExperience,
} from '@passerelle/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Account } from '../../identity/entities/account.entity';

/**
 * What a learner writes for employers, and their consent: private by default (not open to
 * work, no section shared). The evidence the platform holds is not stored here: it is read
 * from the other domains when the profile is shown.
 */
@Entity('candidate_profiles')
@Check('ck_candidate_profiles_right_to_work', `right_to_work IN ('yes', 'pending', 'no')`)
@Check('ck_candidate_profiles_hours', `hours_per_week BETWEEN 1 AND 48`)
@Check('ck_candidate_profiles_phone', `phone ~ '^\\+[1-9][0-9]{6,14}$'`)
@Check('ck_candidate_profiles_contact_via', `contact_via IN ('email', 'phone', 'passerelle')`)
@Check(
  'ck_candidate_profiles_phone_channel',
  `contact_via IS DISTINCT FROM 'phone' OR phone IS NOT NULL`,
)
export class CandidateProfile {
  @PrimaryColumn({ type: 'uuid' })
  learnerId!: string;

  @OneToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'fk_candidate_profiles_learner' })
  learner?: Relation<Account>;

  @Column({ type: 'varchar', length: 120, default: '' })
  headline!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  @Column({ type: 'jsonb', default: [] })
  experience!: WorkExperience[];

  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ type: 'smallint', nullable: true })
  hoursPerWeek!: number | null;

  @Column({ type: 'jsonb', default: [] })
  preferredLocations!: string[];

  @Column({ type: 'boolean', default: false })
  remoteOk!: boolean;

  /** Sensitive: shown only under the `sensitive` section. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  rightToWork!: RightToWork | null;

  @Column({ type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  openToWork!: boolean;

  @Column({ type: 'jsonb', default: [] })
  sharedSections!: ProfileSection[];

  @Column({ type: 'timestamptz', nullable: true })
  consentUpdatedAt!: Date | null;

  /** Private: shared only when the learner chose it and accepted an interview invitation. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  phone!: string | null;

  /** The learner's choice, or null: the default (email when they have one). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  contactVia!: ContactChannel | null;

  @Column({ type: 'timestamptz', nullable: true })
  contactUpdatedAt!: Date | null;
}
