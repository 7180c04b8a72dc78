import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountStatus, ProblemType, type SessionResponse } from '@passerelle/contracts';
import { DataSource, type EntityManager, IsNull, LessThan, type Repository } from 'typeorm';

import { Unauthenticated } from '../common/problem/app-error';
import { days } from '../common/time';
import { AppConfig } from '../config/app-config';
import { toAccountView } from './account-view';
import { Account } from './entities/account.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import {
  formatRefreshToken,
  hashSecret,
  newSecret,
  parseRefreshToken,
  secretMatches,
} from './secrets';

interface IssuedToken {
  refreshToken: string;
  expiresAt: Date;
  familyId: string;
}

type Rotation =
  | { outcome: 'rotated'; account: Account; successor: IssuedToken }
  | { outcome: 'reused' }
  | { outcome: 'invalid' };

/**
 * Sessions: a short-lived JWT access token plus a rotating refresh token stored hashed.
 * Presenting an already-used refresh token revokes its whole family: whoever holds the
 * newer token (the owner or a thief) must sign in again. An access token names its family
 * (`sid`) and works only while that family does: signing out, a password reset or deleting the
 * account ends it at the next request, not when it expires.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** A new session (a new token family), after a sign-in, sign-up or accepted invitation. */
  async start(account: Account): Promise<SessionResponse> {
    const repository = this.db.getRepository(RefreshToken);
    // Expired tokens can no longer prove anything; a new sign-in is a good time to drop them.
    await repository.delete({ accountId: account.id, expiresAt: LessThan(new Date()) });
    return this.respond(account, await this.createToken(this.db.manager, account, randomUUID()));
  }

  async rotate(presented: string): Promise<SessionResponse> {
    const parsed = parseRefreshToken(presented);
    if (!parsed) throw this.invalid();
    // One transaction holds the presented token's row lock while it marks the token used and
    // creates its successor: a concurrent use of the same token waits, then finds it used and
    // revokes the whole family, successor included. That revocation must commit, so outcomes
    // are returned rather than thrown from inside.
    const rotation = await this.db.transaction(async (em): Promise<Rotation> => {
      const token = await em.findOne(RefreshToken, {
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || !secretMatches(parsed.secret, token.tokenHash)) return { outcome: 'invalid' };
      if (token.usedAt || token.revokedAt) {
        await this.revokeFamily(em.getRepository(RefreshToken), token.familyId);
        return { outcome: token.usedAt ? 'reused' : 'invalid' };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { outcome: 'invalid' };
      const account = await em.findOneBy(Account, { id: token.accountId });
      if (!account || account.status !== AccountStatus.Active) return { outcome: 'invalid' };
      await em.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      return {
        outcome: 'rotated',
        account,
        successor: await this.createToken(em, account, token.familyId),
      };
    });
    if (rotation.outcome === 'reused') {
      throw this.invalid(
        'This refresh token was already used. For safety, every session it belongs to has ended.',
      );
    }
    if (rotation.outcome === 'invalid') throw this.invalid();
    return this.respond(rotation.account, rotation.successor);
  }

  /**
   * Whether an access token's session still stands: its family has a token not revoked, and
   * its account is active. One indexed lookup, made on every authenticated request.
   */
  async isLive(accountId: string, familyId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM refresh_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.family_id = $1 AND t.account_id = $2 AND t.revoked_at IS NULL
          AND a.status = $3
        LIMIT 1`,
      [familyId, accountId, AccountStatus.Active],
    );
    return rows.length > 0;
  }

  /** Ends every session of the account, on every device (e.g. after a password reset). */
  async endAll(em: EntityManager, accountId: string): Promise<void> {
    await em.update(RefreshToken, { accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Signs out: ends the session (token family) the refresh token belongs to. */
  async end(presented: string): Promise<void> {
    const parsed = parseRefreshToken(presented);
    if (!parsed) return;
    const repository = this.db.getRepository(RefreshToken);
    const token = await repository.findOneBy({ id: parsed.id });
    if (token && secretMatches(parsed.secret, token.tokenHash)) {
      await this.revokeFamily(repository, token.familyId);
    }
  }

  private async createToken(
    em: EntityManager,
    account: Account,
    familyId: string,
  ): Promise<IssuedToken> {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + days(this.config.settings.refreshTokenTtlDays));
    const token = await em.save(
      em.create(RefreshToken, {
        accountId: account.id,
        familyId,
        tokenHash: hashSecret(secret),
        expiresAt,
        usedAt: null,
        revokedAt: null,
      }),
    );
    return { refreshToken: formatRefreshToken(token.id, secret), expiresAt, familyId };
  }

  private async respond(account: Account, issued: IssuedToken): Promise<SessionResponse> {
    const expiresIn = this.config.settings.accessTokenTtlSeconds;
    const accessToken = await this.jwt.signAsync(
      { sub: account.id, role: account.role, sid: issued.familyId },
      { expiresIn },
    );
    return {
      accessToken,
      accessTokenExpiresIn: expiresIn,
      refreshToken: issued.refreshToken,
      refreshTokenExpiresAt: issued.expiresAt.toISOString(),
      account: toAccountView(account),
    };
  }

  private revokeFamily(repository: Repository<RefreshToken>, familyId: string) {
    return repository.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private invalid(detail = 'The refresh token is not valid. Sign in again.') {
    return new Unauthenticated(detail, ProblemType.InvalidRefreshToken);
  }
}
