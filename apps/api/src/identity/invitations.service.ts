import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccountStatus,
  type CreatedInvitationResponse,
  type CreateInvitationRequest,
  type InvitationPreview,
  InvitationStatus,
  type InvitationView,
  ProblemType,
  type SessionResponse,
} from '@passerelle/contracts';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Mailer } from '../common/mail/mailer';
import { AppError, Conflict, NotFound } from '../common/problem/app-error';
import { days } from '../common/time';
import { AppConfig } from '../config/app-config';
import { Account } from './entities/account.entity';
import { Invitation } from './entities/invitation.entity';
import { PasswordHasher } from './password-hasher';
import { hashSecret, newSecret } from './secrets';
import { SessionsService } from './sessions.service';
import { withUniqueIdentifiers } from './unique-violation';

function statusOf(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.Accepted;
  if (invitation.revokedAt) return InvitationStatus.Revoked;
  if (invitation.expiresAt.getTime() <= now) return InvitationStatus.Expired;
  return InvitationStatus.Pending;
}

function toView(invitation: Invitation & { account: Account }): InvitationView {
  return {
    id: invitation.id,
    email: invitation.account.email ?? '',
    displayName: invitation.account.displayName,
    role: invitation.account.role as InvitationView['role'],
    status: statusOf(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}

class InvitationUnusable extends AppError {
  constructor() {
    super(
      410,
      ProblemType.InvitationUnusable,
      'Invitation unusable',
      'This invitation link is not valid any more: it was used, revoked or has expired.',
    );
  }
}

/**
 * Admins invite mentors and employers. The invited account waits with status `invited` and no
 * password; the link's secret lets its holder choose the password once, before it expires.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Invites someone by email. `within` runs in the same transaction once the invited account
   * exists (e.g. to place an employer in their organisation), so that either both happen or
   * neither.
   */
  async create(
    actor: AuthenticatedAccount,
    request: CreateInvitationRequest,
    within?: (em: EntityManager, account: Account) => Promise<void>,
  ): Promise<CreatedInvitationResponse> {
    const secret = newSecret();
    const invitation = await withUniqueIdentifiers(() =>
      this.db.transaction(async (em) => {
        // Locked, so that an acceptance of an earlier link cannot slip in between.
        let account = await em.findOne(Account, {
          where: { email: request.email },
          lock: { mode: 'pessimistic_write' },
        });
        if (account && account.status !== AccountStatus.Invited) {
          throw new Conflict('An account with this email already exists.', [
            { field: 'email', code: 'unique', message: 'email is already used by another account' },
          ]);
        }
        if (account) {
          // Inviting again replaces the earlier link: only the newest one works.
          await em.update(
            Invitation,
            { accountId: account.id, acceptedAt: IsNull(), revokedAt: IsNull() },
            { revokedAt: new Date() },
          );
          account.displayName = request.displayName;
          account.role = request.role;
        } else {
          account = em.create(Account, {
            email: request.email,
            username: null,
            displayName: request.displayName,
            passwordHash: null,
            role: request.role,
            status: AccountStatus.Invited,
          });
        }
        account = await em.save(account);
        await within?.(em, account);
        const saved = await em.save(
          em.create(Invitation, {
            accountId: account.id,
            invitedById: actor.id,
            tokenHash: hashSecret(secret),
            expiresAt: new Date(Date.now() + days(this.config.settings.invitationTtlDays)),
            acceptedAt: null,
            revokedAt: null,
          }),
        );
        return Object.assign(saved, { account });
      }),
    );
    const link = `${this.config.publicUrl()}/console/accept-invitation#token=${secret}`;
    // The admin also sees the link, to pass it on another way; without SMTP the mail is logged.
    this.mailer.sendInBackground({
      to: request.email,
      subject: 'You are invited to Passerelle',
      text:
        `Hello ${request.displayName},\n\nYou are invited to Passerelle as ${request.role}. ` +
        `To choose your password, open this link:\n\n${link}\n\n` +
        `The link works once, for ${this.config.settings.invitationTtlDays} days.\n`,
    });
    return { invitation: toView(invitation), link };
  }

  async list(): Promise<InvitationView[]> {
    const invitations = await this.db.getRepository(Invitation).find({
      relations: { account: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return invitations.map((i) => toView(i as Invitation & { account: Account }));
  }

  async revoke(id: string): Promise<InvitationView> {
    const repository = this.db.getRepository(Invitation);
    // Conditional, so that an invitation accepted a moment ago is not reported as revoked.
    await repository.update(
      { id, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      { revokedAt: new Date() },
    );
    const invitation = await repository.findOne({ where: { id }, relations: { account: true } });
    if (!invitation) throw new NotFound('No invitation has this id.');
    return toView(invitation as Invitation & { account: Account });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findUsable(this.db.manager, token);
    return {
      email: invitation.account.email ?? '',
      displayName: invitation.account.displayName,
      role: invitation.account.role as InvitationPreview['role'],
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async accept(token: string, password: string): Promise<SessionResponse> {
    // Checked before the (deliberately slow) hashing, and again under the lock below.
    await this.findUsable(this.db.manager, token);
    const passwordHash = await this.hasher.hash(password);
    const account = await this.db.transaction(async (em) => {
      const invitation = await this.findUsable(em, token, true);
      await em.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      await em.update(
        Account,
        { id: invitation.accountId },
        { passwordHash, status: AccountStatus.Active },
      );
      return em.findOneByOrFail(Account, { id: invitation.accountId });
    });
    return this.sessions.start(account);
  }

  private async findUsable(
    em: EntityManager,
    token: string,
    lock = false,
  ): Promise<Invitation & { account: Account }> {
    const invitation = await em.findOne(Invitation, {
      where: { tokenHash: hashSecret(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation || statusOf(invitation) !== InvitationStatus.Pending)
      throw new InvitationUnusable();
    const account = await em.findOneByOrFail(Account, { id: invitation.accountId });
    return Object.assign(invitation, { account });
  }
}
