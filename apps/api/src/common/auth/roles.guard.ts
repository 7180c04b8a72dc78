import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@passerelle/contracts';
import type { Request } from 'express';

import { Forbidden } from '../problem/app-error';
import type { AuthenticatedAccount } from './authenticated-account';
import { REQUIRED_ROLES } from './decorators';

/** Global guard, after the access-token guard: enforces the roles of @Authenticated({ roles }). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const account = context
      .switchToHttp()
      .getRequest<Request & { user?: AuthenticatedAccount }>().user;
    if (account && roles.includes(account.role)) return true;
    throw new Forbidden(`Only for: ${roles.join(', ')}.`);
  }
}
