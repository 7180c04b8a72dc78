import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccountStatus,
  normalizeResetCode,
  type PasswordResetCodeResponse,
  ProblemType,
  RESET_CODE_LENGTH,
  Role,
  type SessionResponse,
} from '@passerelle/contracts';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Mailer } from '../common/mail/mailer';
import { AppError, NotFound } from '../common/problem/app-error';
import { AppConfig } from '../config/app-config';
import { AccountsService } from './accounts.service';
import { Account } from './entities/account.entity';
import { AuditEvent } from './entities/audit-event.entity';
import { PasswordReset, type PasswordResetKind } from './entities/password-reset.entity';
import { PasswordHasher } from './password-hasher';
import { resetMail } from './reset-mail';
import { hashSecret, newSecret } from './secrets';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';

class ResetLinkUnusable extends AppError {
  constructor() {
    super(
      410,
      ProblemType.ResetLinkUnusable,
      'Reset link unusable',
      'This link does not work any more: it was used, a newer one was sent, or it is too old. Ask for a new one.',
    );
  }
}

class ResetCodeInvalid extends AppError {
  constructor() {
    super(
      400,
      ProblemType.ResetCodeInvalid,
      'Reset code invalid',
      'The username or the code is wrong, or the code was used or is too old. Ask your mentor for a new code.',
    );
  }
}

/** `12345678` → `1234 5678`: easier to read aloud and to copy from a screen. */
export function groupCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** A random reset code of RESET_CODE_LENGTH digits. */
export function newResetCode(): string {
  return String(randomInt(0, 10 ** RESET_CODE_LENGTH)).padStart(RESET_CODE_LENGTH, '0');
}

/**
 * Password recovery, with and without email. People with an email ask for a single-use link
 * that expires; learners without one get a one-time code from their mentor (or an admin), in
 * person. Either way the new password ends every session of the account, and the answers never
 * tell whether an account exists. Every try counts towards the sign-in limits.
 */
/** First key of the advisory lock that serialises one account's resets (the second: its id). */
const RESET_LOCK = 0x7265_7365; // "rese"

/**
 * Until the transaction ends, no other transaction makes, replaces or uses a reset of this
 * account: two codes made at once cannot both stay pending, and a use sees every other one.
 */
async function lockResetsOf(em: EntityManager, accountId: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [RESET_LOCK, accountId]);
}

@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Mails a reset link to the active account with this email, if there is one. Each request
   * counts as a failed try, so that nobody can flood an inbox; the mail is sent in the
   * background, so the answer takes as long whether or not the account exists.
   */
  async requestLink(email: string, address: string): Promise<void> {
    this.limiter.assertAllowed(email, address);
    this.limiter.recordFailure(email, address);
    const account = await this.accounts.findForSignIn(email);
    if (!account?.email) return;
    const secret = newSecret();
    const minutes = this.config.settings.passwordResetTtlMinutes;
    await this.db.transaction((em) =>
      this.replace(em, account.id, 'link', hashSecret(secret), minutes * 60_000, null),
    );
    const app = account.role === Role.Learner ? '' : '/console';
    const link = `${this.config.publicUrl()}${app}/reset-password#token=${secret}`;
    this.mailer.sendInBackground(
      resetMail(account.email, account.preferredLanguage, account.displayName, link, minutes),
    );
  }

  async resetWithLink(token: string, password: string, address: string): Promise<SessionResponse> {
    this.limiter.assertAllowed(null, address);
    const reset = await this.findPending(this.db.manager, 'link', {
      secretHash: hashSecret(token),
    });
    if (!reset) {
      this.limiter.recordFailure(null, address);
      throw new ResetLinkUnusable();
    }
    return this.complete(reset, password, () => new ResetLinkUnusable());
  }

  async resetWithCode(
    identifier: string,
    code: string,
    password: string,
    address: string,
  ): Promise<SessionResponse> {
    this.limiter.assertAllowed(identifier, address);
    const account = await this.accounts.findForSignIn(identifier);
    const reset = account
      ? await this.findPending(this.db.manager, 'code', { accountId: account.id })
      : null;
    // Verified against a decoy when there is no code, so that timing tells nothing either.
    if (
      !(await this.hasher.verify(reset?.secretHash ?? null, normalizeResetCode(code))) ||
      !reset
    ) {
      this.limiter.recordFailure(identifier, address);
      throw new ResetCodeInvalid();
    }
    return this.complete(reset, password, () => new ResetCodeInvalid());
  }

  /**
   * A one-time code for a learner, made by staff who may act for them (the caller checks
   * that), shown once and handed over in person. A newer code replaces any earlier one; who
   * made it for whom is audited.
   */
  async issueCode(
    actor: AuthenticatedAccount,
    learnerId: string,
  ): Promise<PasswordResetCodeResponse> {
    const learner = await this.db
      .getRepository(Account)
      .findOneBy({ id: learnerId, role: Role.Learner, status: AccountStatus.Active });
    if (!learner) throw new NotFound('There is no such learner.');
    const code = newResetCode();
    const secretHash = await this.hasher.hash(code);
    const lifeMs = this.config.settings.passwordResetCodeTtlHours * 3_600_000;
    const reset = await this.db.transaction(async (em) => {
      const saved = await this.replace(em, learner.id, 'code', secretHash, lifeMs, actor.id);
      await em.insert(AuditEvent, {
        action: 'password-reset-code.issued',
        actorId: actor.id,
        subjectId: learner.id,
      });
      return saved;
    });
    return { code: groupCode(code), expiresAt: reset.expiresAt.toISOString() };
  }

  /** Sets the password, uses the reset up, ends every session; then starts a new one. */
  private async complete(
    pending: PasswordReset,
    password: string,
    unusable: () => AppError,
  ): Promise<SessionResponse> {
    const passwordHash = await this.hasher.hash(password);
    const account = await this.db.transaction(async (em) => {
      await lockResetsOf(em, pending.accountId);
      // Checked again under the lock: of two concurrent uses, only one gets through.
      const reset = await this.findPending(em, pending.kind, { id: pending.id });
      if (!reset) throw unusable();
      const now = new Date();
      await em.update(PasswordReset, { id: reset.id }, { usedAt: now });
      // Any other way back (a link and a code, say) ends too: the account has a new password.
      await em.update(
        PasswordReset,
        { accountId: reset.accountId, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
      await em.update(
        Account,
        { id: reset.accountId, status: AccountStatus.Active },
        { passwordHash },
      );
      await this.sessions.endAll(em, reset.accountId);
      await em.insert(AuditEvent, {
        action: 'password.reset',
        actorId: reset.accountId,
        subjectId: reset.accountId,
      });
      return em.findOneBy(Account, { id: reset.accountId, status: AccountStatus.Active });
    });
    if (!account) throw unusable();
    // A fresh start for the account, as after a successful sign-in.
    for (const identifier of [account.email, account.username]) {
      if (identifier) this.limiter.recordSuccess(identifier);
    }
    return this.sessions.start(account);
  }

  /** Replaces any pending reset of this kind with a new one. */
  private async replace(
    em: EntityManager,
    accountId: string,
    kind: PasswordResetKind,
    secretHash: string,
    lifeMs: number,
    issuedById: string | null,
  ): Promise<PasswordReset> {
    await lockResetsOf(em, accountId);
    await em.update(
      PasswordReset,
      { accountId, kind, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return em.save(
      em.create(PasswordReset, {
        accountId,
        kind,
        secretHash,
        issuedById,
        expiresAt: new Date(Date.now() + lifeMs),
        usedAt: null,
        revokedAt: null,
      }),
    );
  }

  private findPending(
    em: EntityManager,
    kind: PasswordResetKind,
    where: { id: string } | { secretHash: string } | { accountId: string },
  ): Promise<PasswordReset | null> {
    return em.findOne(PasswordReset, {
      where: {
        ...where,
        kind,
        usedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      order: { createdAt: 'DESC' },
    });
  }
}
