import { Conflict } from '../common/problem/app-error';
import { violatedUniqueConstraint } from '../common/problem/unique-violation';

const FIELD_BY_CONSTRAINT: Record<string, string> = {
  uq_accounts_email: 'email',
  uq_accounts_username: 'username',
};

/** Runs `work`; a unique violation on an account identifier becomes a 409 naming the field. */
export async function withUniqueIdentifiers<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    const field = constraint ? FIELD_BY_CONSTRAINT[constraint] : undefined;
    if (field) {
      throw new Conflict(`An account with this ${field} already exists.`, [
        { field, code: 'unique', message: `${field} is already used by another account` },
      ]);
    }
    throw error;
  }
}
