import {
  formatRefreshToken,
  hashSecret,
  newSecret,
  parseRefreshToken,
  secretMatches,
} from './secrets';

describe('secrets', () => {
  it('makes distinct URL-safe secrets of 256 bits', () => {
    const a = newSecret();
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(newSecret()).not.toBe(a);
  });

  it('matches a secret against its hash only', () => {
    const secret = newSecret();
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(secret))).toBe(false);
    expect(secretMatches(secret, 'not-a-hash')).toBe(false);
  });

  it('round-trips refresh tokens and rejects anything else', () => {
    const id = '0b7a3c4e-2f1d-4c8b-9a6e-1d2c3b4a5f60';
    const secret = newSecret();
    expect(parseRefreshToken(formatRefreshToken(id, secret))).toEqual({ id, secret });
    expect(parseRefreshToken('nonsense')).toBeNull();
    expect(parseRefreshToken(`${id}.short`)).toBeNull();
    expect(parseRefreshToken(`not-a-uuid.${secret}`)).toBeNull();
    expect(parseRefreshToken(`${id}.${secret}.extra`)).toBeNull();
  });
});
