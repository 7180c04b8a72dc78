import type { Role } from '@passerelle/contracts';

/** Who is calling: what the access token proves, attached to the request by the guard. */
export interface AuthenticatedAccount {
  id: string;
  role: Role;
}
