import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AccountStatus,
  ProblemType,
  Role,
  type SessionResponse,
  type SignUpRequest,
} from '@passerelle/contracts';
import { Repository } from 'typeorm';

import { Unauthenticated } from '../common/problem/app-error';
import { AccountsService } from './accounts.service';
import { Account } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { withUniqueIdentifiers } from './unique-violation';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly accountsService: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
  ) {}

  /** Learners sign themselves up; every other role is invited or created by the CLI. */
  async signUp(request: SignUpRequest): Promise<SessionResponse> {
    const passwordHash = await this.hasher.hash(request.password);
    const account = await withUniqueIdentifiers(() =>
      this.accounts.save(
        this.accounts.create({
          email: request.email ?? null,
          username: request.username ?? null,
          displayName: request.displayName,
          passwordHash,
          role: Role.Learner,
          status: AccountStatus.Active,
          preferredLanguage: request.preferredLanguage,
        }),
      ),
    );
    return this.sessions.start(account);
  }

  /**
   * The account whose identifier and password match; the same answer whichever one is wrong.
   * Failures count towards the per-account and per-address limits.
   */
  async validateCredentials(
    identifier: string,
    password: string,
    address: string,
  ): Promise<Account> {
    this.limiter.assertAllowed(identifier, address);
    const account = await this.accountsService.findForSignIn(identifier);
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid) {
      this.limiter.recordFailure(identifier, address);
      throw new Unauthenticated(
        'The email, username or password is wrong.',
        ProblemType.InvalidCredentials,
      );
    }
    this.limiter.recordSuccess(identifier);
    return account;
  }

  /**
   * Whether `password` is the account's own, for actions that ask for it again (deleting the
   * account). Counted like sign-ins, under the account's email or username, so that it is no
   * way round their limits.
   */
  async confirmPassword(accountId: string, password: string, address: string): Promise<boolean> {
    const account = await this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id: accountId })
      .getOne();
    const identifier = account?.email ?? account?.username ?? accountId;
    this.limiter.assertAllowed(identifier, address);
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (valid) this.limiter.recordSuccess(identifier);
    else this.limiter.recordFailure(identifier, address);
    return valid;
  }
}
