import { TooManyRequests } from '../common/problem/app-error';
import type { AppConfig } from '../config/app-config';
import { SignInLimiter } from './sign-in-limiter';

function limiter(perAccount = 3, perAddress = 5): SignInLimiter {
  const settings = {
    throttle: {
      signInPerAccount: perAccount,
      signInPerAddress: perAddress,
      signInWindowSeconds: 60,
    },
  };
  return new SignInLimiter({ settings } as unknown as AppConfig);
}

describe('SignInLimiter', () => {
  afterEach(() => jest.useRealTimers());

  it('blocks an account after its limit of failures, case-insensitively', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      l.assertAllowed('Amina@Example.org', '10.0.0.1');
      l.recordFailure('amina@example.org', `10.0.0.${i}`);
    }
    expect(() => l.assertAllowed('AMINA@example.org', '10.0.0.9')).toThrow(TooManyRequests);
    expect(() => l.assertAllowed('other@example.org', '10.0.0.9')).not.toThrow();
  });

  it('blocks an address that fails on many accounts', () => {
    const l = limiter(3, 2);
    l.recordFailure('a', '10.0.0.1');
    l.recordFailure('b', '10.0.0.1');
    expect(() => l.assertAllowed('c', '10.0.0.1')).toThrow(TooManyRequests);
    expect(() => l.assertAllowed('c', '10.0.0.2')).not.toThrow();
  });

  it('forgets failures once the window has passed, and says how long to wait', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const l = limiter(2);
    l.recordFailure('a', 'x');
    jest.advanceTimersByTime(20_000);
    l.recordFailure('a', 'y');
    try {
      l.assertAllowed('a', 'z');
      throw new Error('expected a block');
    } catch (error) {
      expect((error as TooManyRequests).retryAfterSeconds).toBe(40);
    }
    jest.advanceTimersByTime(40_001);
    expect(() => l.assertAllowed('a', 'z')).not.toThrow();
  });

  it('starts an account afresh after a successful sign-in', () => {
    const l = limiter(2);
    l.recordFailure('a', 'x');
    l.recordFailure('a', 'y');
    l.recordSuccess('A');
    expect(() => l.assertAllowed('a', 'z')).not.toThrow();
  });

  it('counts a failure without an identifier against the address only', () => {
    const l = limiter(1, 2);
    l.recordFailure(null, '10.0.0.1');
    expect(() => l.assertAllowed('a', '10.0.0.1')).not.toThrow();
    expect(() => l.assertAllowed(null, '10.0.0.1')).not.toThrow();
    l.recordFailure(null, '10.0.0.1');
    expect(() => l.assertAllowed(null, '10.0.0.1')).toThrow(TooManyRequests);
    expect(() => l.assertAllowed(null, '10.0.0.2')).not.toThrow();
  });
});
