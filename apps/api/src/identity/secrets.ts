import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret of 256 bits. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored as their SHA-256: they are random, so no salt or slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A refresh token is `<row id>.<secret>`: the id finds the row, the secret proves possession. */
export function formatRefreshToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

/** `<uuid>.<43 base64url characters>` */
export const REFRESH_TOKEN_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[\w-]{43}$/i;

export function parseRefreshToken(token: string): { id: string; secret: string } | null {
  if (!REFRESH_TOKEN_PATTERN.test(token)) return null;
  const [id, secret] = token.split('.');
  return { id, secret };
}
