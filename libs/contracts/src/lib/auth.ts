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
}
