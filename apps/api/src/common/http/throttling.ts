import { type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerOptions } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler/dist/throttler.guard.interface';

import type { Settings } from '../../config/settings';
import { TooManyRequests } from '../problem/app-error';

const ACCOUNT_CREATION = 'passerelle:account-creation';

/**
 * Marks a public route that creates an account or uses an invitation: each call costs a slow
 * password hash or guesses a secret, so calls are limited per client address.
 */
export const AccountCreation = () => SetMetadata(ACCOUNT_CREATION, true);

/**
 * A generous per-address limit on every route, and a strict one on account creation.
 * (Failed sign-ins have their own limiter, which counts failures only.)
 */
export function throttlers(settings: Settings): ThrottlerOptions[] {
  const { throttle } = settings;
  const windowMs = throttle.signInWindowSeconds * 1000;
  return [
    { name: 'requests', ttl: 60_000, limit: throttle.requestsPerMinute },
    {
      name: 'account-creation',
      ttl: windowMs,
      limit: throttle.signUpsPerAddress,
      skipIf: (context: ExecutionContext) =>
        Reflect.getMetadata(ACCOUNT_CREATION, context.getHandler()) !== true,
      // One budget for all such routes, not one per route.
      generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    },
  ];
}

/** The throttler guard, refusing with the API's own 429 problem and an accurate Retry-After. */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyRequests(
      'Too many requests. Wait a few minutes, then try again.',
      Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire)),
    );
  }
}
