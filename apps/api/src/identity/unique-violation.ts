import { QueryFailedError } from 'typeorm';

import { Conflict } from '../common/problem/app-error';

const FIELD_BY_CONSTRAINT: Record<string, string> = {
  uq_accounts_email: 'email',
  uq_accounts_username: 'username',
};

/** Runs `work`; a unique violation on an account identifier becomes a 409 naming the field. */
export async function withUniqueIdentifiers<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driverError =
      error instanceof QueryFailedError
        ? (error.driverError as { code?: string; constraint?: string })
        : undefined;
    if (
      driverError?.code === '23505' &&
      driverError.constraint &&
      FIELD_BY_CONSTRAINT[driverError.constraint]
    ) {
      const field = FIELD_BY_CONSTRAINT[driverError.constraint];
      throw new Conflict(`An account with this ${field} already exists.`, [
        { field, code: 'unique', message: `${field} is already used by another account` },
      ]);
    }
    throw error;
  }
}
