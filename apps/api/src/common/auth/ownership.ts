import type { Role } from '@passerelle/contracts';

import { Forbidden } from '../problem/app-error';
import type { AuthenticatedAccount } from './authenticated-account';

/**
 * The ownership check every domain uses on records that belong to an account: the owner may
 * act on them, and so may the roles listed in `overrideRoles` (e.g. admins). Anyone else is
 * refused, whatever the record.
 */
export function assertOwnerOrRole(
  actor: AuthenticatedAccount,
  ownerId: string,
  overrideRoles: readonly Role[] = [],
): void {
  if (actor.id === ownerId || overrideRoles.includes(actor.role)) return;
  throw new Forbidden('This record belongs to another account.');
}
