import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AccountStatus,
  type LanguageCode,
  normalizeIdentifier,
  type Role,
} from '@passerelle/contracts';
import { DataSource, In } from 'typeorm';

import { Account } from './entities/account.entity';

/** What other domains may know of an account: never its password or its sessions. */
export interface Person {
  id: string;
  displayName: string;
  email: string | null;
  username: string | null;
  role: Role;
  status: AccountStatus;
  preferredLanguage: LanguageCode;
  createdAt: Date;
}

function personOf(account: Account): Person {
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    username: account.username,
    role: account.role,
    status: account.status,
    preferredLanguage: account.preferredLanguage,
    createdAt: account.createdAt,
  };
}

/**
 * Identity's read API: the accounts other domains look up (names to show, the learner an
 * identifier designates). Identity owns the accounts table; other domains read it only here.
 */
@Injectable()
export class People {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(id: string): Promise<Person | null> {
    const account = await this.db.getRepository(Account).findOneBy({ id });
    return account ? personOf(account) : null;
  }

  /** The account with this id; fails (as a missing row does) when there is none. */
  async require(id: string): Promise<Person> {
    return personOf(await this.db.getRepository(Account).findOneByOrFail({ id }));
  }

  async findByEmail(email: string): Promise<Person | null> {
    const account = await this.db.getRepository(Account).findOneBy({ email });
    return account ? personOf(account) : null;
  }

  /** The account that signs in with this email or username (compared as sign-in compares). */
  async findByIdentifier(identifier: string): Promise<Person | null> {
    const normalized = normalizeIdentifier(identifier);
    const account = await this.db.getRepository(Account).findOne({
      where: [{ email: normalized }, { username: normalized }],
    });
    return account ? personOf(account) : null;
  }

  /** The accounts with these ids, by id, in display-name order; unknown ids are left out. */
  async byId(ids: readonly string[]): Promise<Map<string, Person>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const accounts = await this.db
      .getRepository(Account)
      .find({ where: { id: In(unique) }, order: { displayName: 'ASC', id: 'ASC' } });
    return new Map(accounts.map((account) => [account.id, personOf(account)]));
  }

  /** Every account with this role, by display name (then id). */
  async withRole(role: Role): Promise<Person[]> {
    const accounts = await this.db
      .getRepository(Account)
      .find({ where: { role }, order: { displayName: 'ASC', id: 'ASC' } });
    return accounts.map(personOf);
  }
}
