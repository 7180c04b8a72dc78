import type { OrganisationRole } from '@passerelle/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Account } from '../../identity/entities/account.entity';
import { Organisation } from './organisation.entity';

/**
 * An employer in an organisation. An employer account belongs to one organisation only, so
 * that everything it sees (jobs, candidates, notes) is that organisation's.
 */
@Entity('organisation_members')
@Check('ck_organisation_members_role', `role IN ('owner', 'member')`)
export class OrganisationMember {
  @PrimaryColumn({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_organisation_members_account' })
  account?: Relation<Account>;

  @Index('ix_organisation_members_organisation_id')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_organisation_members_organisation',
  })
  organisation?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 16 })
  role!: OrganisationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}
