import { Injectable } from '@nestjs/common';
import { normalizeIdentifier } from '@passerelle/contracts';

import { TooManyRequests } from '../common/problem/app-error';
import { AppConfig } from '../config/app-config';

/** Beyond this many tracked keys the oldest are forgotten, so random identifiers cannot fill memory. */
const MAX_KEYS = 100_000;

/**
 * Failed sign-ins, counted per account and per client address over a sliding window. Only
 * failures count: a classroom signing in from one address is not blocked, and a learner who
 * finally types the right password starts afresh. Kept in memory, per API instance.
 *
 * Password checks elsewhere (deleting the account, password recovery) count here too, so that
 * they are no side door for guessing. Without an identifier (a reset link), only the address
 * counts.
 */
@Injectable()
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly perAccount: number;
  private readonly perAddress: number;

  constructor(config: AppConfig) {
    const { throttle } = config.settings;
    this.windowMs = throttle.signInWindowSeconds * 1000;
    this.perAccount = throttle.signInPerAccount;
    this.perAddress = throttle.signInPerAddress;
  }

  /** Refuses with a 429 (and how long to wait) while the account or the address is blocked. */
  assertAllowed(identifier: string | null, address: string): void {
    const now = Date.now();
    const waitMs = Math.max(
      identifier === null ? 0 : this.blockedFor(this.accountKey(identifier), this.perAccount, now),
      this.blockedFor(this.addressKey(address), this.perAddress, now),
    );
    if (waitMs > 0) {
      throw new TooManyRequests(
        'Too many failed sign-ins. Wait a few minutes, then try again.',
        Math.ceil(waitMs / 1000),
      );
    }
  }

  recordFailure(identifier: string | null, address: string): void {
    const now = Date.now();
    const keys = [this.addressKey(address)];
    if (identifier !== null) keys.push(this.accountKey(identifier));
    for (const key of keys) {
      const times = this.failures.get(key) ?? [];
      this.failures.delete(key);
      this.failures.set(key, [...times.filter((t) => t > now - this.windowMs), now]);
    }
    while (this.failures.size > MAX_KEYS) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
  }

  recordSuccess(identifier: string): void {
    this.failures.delete(this.accountKey(identifier));
  }

  /** Milliseconds until `key` drops below `limit` failures in the window; 0 if it is below. */
  private blockedFor(key: string, limit: number, now: number): number {
    const recent = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit] + this.windowMs - now;
  }

  private accountKey(identifier: string): string {
    return `account:${normalizeIdentifier(identifier)}`;
  }

  private addressKey(address: string): string {
    return `address:${address}`;
  }
}
