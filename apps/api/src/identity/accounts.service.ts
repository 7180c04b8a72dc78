import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AccountStatus,
  type AccountView,
  type ListAccountsQuery,
  normalizeIdentifier,
  type Page,
  Role,
  type UpdateMyAccountRequest,
} from '@passerelle/contracts';
import { Brackets, Repository } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { assertOwnerOrRole } from '../common/auth/ownership';
import { NotFound } from '../common/problem/app-error';
import { toAccountView } from './account-view';
import { Account } from './entities/account.entity';

@Injectable()
export class AccountsService {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

  /** One account, for its owner or an admin. */
  async get(actor: AuthenticatedAccount, id: string): Promise<AccountView> {
    assertOwnerOrRole(actor, id, [Role.Admin]);
    return toAccountView(await this.require(id));
  }

  async updateMine(
    actor: AuthenticatedAccount,
    changes: UpdateMyAccountRequest,
  ): Promise<AccountView> {
    const account = await this.require(actor.id);
    if (changes.displayName !== undefined) account.displayName = changes.displayName;
    if (changes.preferredLanguage !== undefined)
      account.preferredLanguage = changes.preferredLanguage;
    return toAccountView(await this.accounts.save(account));
  }

  async list(query: ListAccountsQuery): Promise<Page<AccountView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.accounts
      .createQueryBuilder('a')
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id');
    if (query.role) builder.andWhere('a.role = :role', { role: query.role });
    if (query.search?.trim()) {
      const prefix = `${query.search
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, '\\$&')}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('a.email LIKE :prefix', { prefix })
            .orWhere('a.username LIKE :prefix', { prefix })
            .orWhere('lower(a.displayName) LIKE :prefix', { prefix }),
        ),
      );
    }
    const [items, total] = await builder
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: items.map(toAccountView), total, page, pageSize };
  }

  /** The active account an email or username names, with its password hash, or null. */
  findForSignIn(identifier: string): Promise<Account | null> {
    const normalized = normalizeIdentifier(identifier);
    return this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where(normalized.includes('@') ? 'a.email = :id' : 'a.username = :id', { id: normalized })
      .andWhere('a.status = :status', { status: AccountStatus.Active })
      .getOne();
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.accounts.findOneBy({ email: normalizeIdentifier(email) });
  }

  async require(id: string): Promise<Account> {
    const account = await this.accounts.findOneBy({ id });
    if (!account) throw new NotFound('No account has this id.');
    return account;
  }
}
