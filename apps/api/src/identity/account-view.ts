import type { AccountView } from '@passerelle/contracts';

import type { Account } from './entities/account.entity';

export function toAccountView(account: Account): AccountView {
  return {
    id: account.id,
    email: account.email,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    status: account.status,
    preferredLanguage: account.preferredLanguage,
    createdAt: account.createdAt.toISOString(),
  };
}
