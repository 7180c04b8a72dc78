import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@passerelle/contracts';

import { Session } from './session';

// Each guard injects before its first `await`: inject() only works synchronously.

/** Lets a signed-in account through (after resuming a stored session), else to `signInPath`. */
export function signedIn(signInPath = '/sign-in'): CanActivateFn {
  return async () => {
    const session = inject(Session);
    const router = inject(Router);
    await session.restore();
    return session.signedIn() ? true : router.parseUrl(signInPath);
  };
}

/** Sends an already signed-in account on to `homePath`: sign-in and sign-up are for guests. */
export function guestOnly(homePath: string): CanActivateFn {
  return async () => {
    const session = inject(Session);
    const router = inject(Router);
    await session.restore();
    return session.signedIn() ? router.parseUrl(homePath) : true;
  };
}

/** Lets through only the given roles; others go to `elsewhere`. */
export function hasRole(roles: readonly Role[], elsewhere = '/'): CanActivateFn {
  return async () => {
    const session = inject(Session);
    const router = inject(Router);
    await session.restore();
    const role = session.role();
    return role && roles.includes(role) ? true : router.parseUrl(elsewhere);
  };
}
