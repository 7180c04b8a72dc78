import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AccountStatus, normalizeIdentifier, Role } from '@passerelle/contracts';
import { Repository } from 'typeorm';

import { Conflict } from '../common/problem/app-error';
import { Account } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

export interface Credentials {
  role: Role;
  identifier: string;
  password: string;
}

/** Demo accounts, one per role; their password is public, so they exist only in demo mode. */
export const DEMO_PASSWORD = 'passerelle-demo';
const DEMO_ACCOUNTS = [
  { role: Role.Admin, email: 'admin@passerelle.local', displayName: 'Adèle Admin' },
  { role: Role.Mentor, email: 'mentor@passerelle.local', displayName: 'Moussa Mentor' },
  { role: Role.Employer, email: 'employer@passerelle.local', displayName: 'Emma Employer' },
  { role: Role.Learner, email: 'learner@passerelle.local', displayName: 'Amina Learner' },
] as const;

/** Creates the accounts a fresh installation needs: demo accounts, or a first admin. */
@Injectable()
export class AccountBootstrapService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Adds any missing demo account; returns them all, to print at start. */
  async seedDemoAccounts(): Promise<Credentials[]> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const demo of DEMO_ACCOUNTS) {
      await this.accounts
        .createQueryBuilder()
        .insert()
        .values({ ...demo, passwordHash, status: AccountStatus.Active, preferredLanguage: 'en' })
        .orIgnore()
        .execute();
    }
    return DEMO_ACCOUNTS.map((d) => ({
      role: d.role,
      identifier: d.email,
      password: DEMO_PASSWORD,
    }));
  }

  /**
   * Adds demo learners beyond the one-per-role accounts (for other domains' demo data), with
   * the demo password; returns their ids by email.
   */
  async seedDemoLearners(
    people: readonly { email: string; displayName: string }[],
  ): Promise<Map<string, string>> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const ids = new Map<string, string>();
    for (const person of people) {
      await this.accounts
        .createQueryBuilder()
        .insert()
        .values({
          ...person,
          role: Role.Learner,
          passwordHash,
          status: AccountStatus.Active,
          preferredLanguage: 'en',
        })
        .orIgnore()
        .execute();
      const account = await this.accounts.findOneByOrFail({ email: person.email });
      ids.set(person.email, account.id);
    }
    return ids;
  }

  /** On an installation without any account: an admin with a random password, shown once. */
  async createFirstAdminIfEmpty(email = 'admin@passerelle.local'): Promise<Credentials | null> {
    if ((await this.accounts.count()) > 0) return null;
    return this.createAdmin(email, 'Administrator');
  }

  async createAdmin(email: string, displayName: string): Promise<Credentials> {
    const normalized = normalizeIdentifier(email);
    if (await this.accounts.existsBy({ email: normalized })) {
      throw new Conflict(`An account with the email ${normalized} already exists.`);
    }
    const password = randomBytes(12).toString('base64url');
    await this.accounts.save(
      this.accounts.create({
        email: normalized,
        displayName,
        passwordHash: await this.hasher.hash(password),
        role: Role.Admin,
        status: AccountStatus.Active,
      }),
    );
    return { role: Role.Admin, identifier: normalized, password };
  }
}
