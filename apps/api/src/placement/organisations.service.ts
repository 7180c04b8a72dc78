import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreatedInvitationResponse,
  type CreateOrganisationRequest,
  type InviteEmployerRequest,
  type OrganisationDetail,
  OrganisationRole,
  type OrganisationSummary,
  Role,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound } from '../common/problem/app-error';
import { violatedUniqueConstraint } from '../common/problem/unique-violation';
import { InvitationsService } from '../identity/invitations.service';
import { People, type Person } from '../identity/people';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';

interface SummaryRow {
  id: string;
  name: string;
  description: string;
  created_at: Date;
  member_count: number;
}

const SUMMARY_SQL = `
  SELECT o.id, o.name, o.description, o.created_at,
         (SELECT count(*)::int FROM organisation_members m WHERE m.organisation_id = o.id) AS member_count
    FROM organisations o`;

function summaryOf(row: SummaryRow): OrganisationSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    memberCount: row.member_count,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Partner organisations and their employers. Admins create organisations and invite their
 * first employers; an organisation's owners invite their colleagues. An employer sees their
 * own organisation only; to anyone else it does not exist.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: InvitationsService,
    private readonly people: People,
  ) {}

  async list(actor: AuthenticatedAccount): Promise<OrganisationSummary[]> {
    const rows = (await (actor.role === Role.Admin
      ? this.db.query(`${SUMMARY_SQL} ORDER BY o.name`)
      : this.db.query(
          `${SUMMARY_SQL} WHERE o.id IN (SELECT organisation_id FROM organisation_members WHERE account_id = $1)`,
          [actor.id],
        ))) as SummaryRow[];
    return rows.map(summaryOf);
  }

  async create(body: CreateOrganisationRequest): Promise<OrganisationDetail> {
    try {
      const saved = await this.db
        .getRepository(Organisation)
        .save({ name: body.name, description: body.description ?? '' });
      return this.detailOf(saved.id, true);
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'uq_organisations_name') throw error;
      throw new Conflict('An organisation with this name exists already.', [
        { field: 'name', code: 'unique', message: 'Another organisation has this name.' },
      ]);
    }
  }

  async detail(actor: AuthenticatedAccount, id: string): Promise<OrganisationDetail> {
    const membership = await this.assertVisible(actor, id);
    return this.detailOf(id, this.mayInvite(actor, membership));
  }

  /**
   * Invites an employer into the organisation: an invitation by email (the account waits,
   * `invited`, until they choose a password) and their membership, in one transaction.
   */
  async inviteEmployer(
    actor: AuthenticatedAccount,
    id: string,
    body: InviteEmployerRequest,
  ): Promise<CreatedInvitationResponse> {
    const membership = await this.assertVisible(actor, id);
    if (!this.mayInvite(actor, membership)) {
      throw new NotFound('There is no such organisation you may invite into.');
    }
    const known = await this.people.findByEmail(body.email);
    if (known && known.role !== Role.Employer) {
      // Re-inviting would silently turn a pending mentor invitation into an employer's.
      throw new Conflict(`This email belongs to a ${known.role}'s account or invitation.`, [
        { field: 'email', code: 'otherRole', message: `Already used by a ${known.role}.` },
      ]);
    }
    return this.invitations.create(
      actor,
      { email: body.email, displayName: body.displayName, role: Role.Employer },
      async (em, account) => {
        const existing = await em.findOneBy(OrganisationMember, { accountId: account.id });
        if (existing && existing.organisationId !== id) {
          throw new Conflict('This person is invited by another organisation already.', [
            {
              field: 'email',
              code: 'otherOrganisation',
              message: 'Already in another organisation.',
            },
          ]);
        }
        await em.save(
          em.create(OrganisationMember, {
            accountId: account.id,
            organisationId: id,
            role: body.role,
          }),
        );
      },
    );
  }

  private mayInvite(actor: AuthenticatedAccount, membership: OrganisationMember | null): boolean {
    return actor.role === Role.Admin || membership?.role === OrganisationRole.Owner;
  }

  /** The actor's membership of the organisation (null for an admin); 404 if they may not see it. */
  async assertVisible(actor: AuthenticatedAccount, id: string): Promise<OrganisationMember | null> {
    const exists = await this.db.getRepository(Organisation).existsBy({ id });
    const membership = await this.db
      .getRepository(OrganisationMember)
      .findOneBy({ accountId: actor.id, organisationId: id });
    if (!exists || (actor.role !== Role.Admin && !membership)) {
      throw new NotFound('There is no such organisation.');
    }
    return membership;
  }

  private async detailOf(id: string, canInvite: boolean): Promise<OrganisationDetail> {
    const [row] = (await this.db.query(`${SUMMARY_SQL} WHERE o.id = $1`, [id])) as SummaryRow[];
    const members = await this.db.getRepository(OrganisationMember).find({
      where: { organisationId: id },
      order: { addedAt: 'ASC' },
    });
    const accounts = members.length
      ? [...(await this.people.byId(members.map((m) => m.accountId))).values()]
      : [];
    return {
      ...summaryOf(row),
      canInvite,
      members: members.map((m) => {
        const account = accounts.find((a) => a.id === m.accountId) as Person;
        return {
          id: account.id,
          displayName: account.displayName,
          email: account.email,
          role: m.role,
          status: account.status,
          addedAt: m.addedAt.toISOString(),
        };
      }),
    };
  }
}
