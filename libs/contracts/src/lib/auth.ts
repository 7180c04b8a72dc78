import type { AccountView } from './accounts';
import type { LanguageCode } from './languages';

/**
 * A learner signs up with an email, or with a username when they have no email yet.
 * Exactly one of the two is given.
 */
export interface SignUpRequest {
  email?: string;
  username?: string;
  password: string;
  displayName: string;
  preferredLanguage: LanguageCode;
}

export interface SignInRequest {
  /** An email or a username. */
  identifier: string;
  password: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface SignOutRequest {
  refreshToken: string;
}

export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  accessTokenExpiresIn: number;
  /** Single use: each refresh returns a new one and retires this one. */
  refreshToken: string;
  refreshTokenExpiresAt: string;
  account: AccountView;
}

/** The claims inside an access token. */
export interface AccessTokenClaims {
  sub: string;
  role: AccountView['role'];
  /** The session (refresh-token family): once it ends, so does the access token. */
  sid: string;
}

/** Asks for a reset link by email. The answer is the same whether or not the account exists. */
export interface PasswordResetRequest {
  email: string;
}

/** Sets a new password with the secret of a reset link. */
export interface PasswordResetWithLinkRequest {
  token: string;
  password: string;
}

/** Sets a new password with the one-time code a mentor or admin handed over in person. */
export interface PasswordResetWithCodeRequest {
  /** The learner's username (or email). */
  identifier: string;
  code: string;
  password: string;
}

/** A one-time reset code, shown once to the staff member who made it. */
export interface PasswordResetCodeResponse {
  /** Eight digits, grouped for reading aloud: `1234 5678`. */
  code: string;
  expiresAt: string;
}

/** Reset codes are eight digits. */
export const RESET_CODE_LENGTH = 8;

/**
 * The code as the server compares it: digits only, Arabic-Indic (٠–٩) and Persian (۰–۹) digits
 * read as 0–9, spaces and dashes dropped. Anything else is left in, so that it fails.
 */
export function normalizeResetCode(code: string): string {
  return code
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s-]/g, '');
}
