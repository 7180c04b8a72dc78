/**
 * Limits on account fields, enforced by the API's DTOs and mirrored by the forms of both apps
 * so that a learner hears about a problem before submitting.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 32;
/** Letters, digits, dot, dash and underscore; starts with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/i;
/** Identifiers are compared case-insensitively and stored lower-case. */
export function normalizeIdentifier(value: string): string {
  return value.trim().toLowerCase();
}
export const PAGE_SIZE_MAX = 100;
