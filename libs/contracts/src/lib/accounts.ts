import type { LanguageCode } from './languages';
import type { Role } from './roles';

export const AccountStatus = {
  /** Invited by an admin; becomes active once the invitation link has been used. */
  Invited: 'invited',
  Active: 'active',
  Disabled: 'disabled',
} as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

export interface AccountView {
  id: string;
  email: string | null;
  username: string | null;
  displayName: string;
  role: Role;
  status: AccountStatus;
  preferredLanguage: LanguageCode;
  createdAt: string;
}

export interface UpdateMyAccountRequest {
  displayName?: string;
  preferredLanguage?: LanguageCode;
}

export interface ListAccountsQuery {
  role?: Role;
  /** Matches the start of the email, username or display name, case-insensitively. */
  search?: string;
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
