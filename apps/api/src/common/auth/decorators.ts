import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@passerelle/contracts';
import type { Request } from 'express';

import type { AuthenticatedAccount } from './authenticated-account';

export const IS_PUBLIC = 'passerelle:public';
export const REQUIRED_ROLES = 'passerelle:roles';

/** Opens a route to anyone. Every other route needs a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Marks a route (or controller) as needing a signed-in account, optionally of one of `roles`.
 * Without roles any signed-in account may call it; ownership is then the service's check.
 */
export function Authenticated(options: { roles?: readonly Role[] } = {}) {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLES, options.roles ?? []),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ...(options.roles?.length
      ? [ApiForbiddenResponse({ description: `Only for: ${options.roles.join(', ')}` })]
      : []),
  );
}

/** The signed-in account of the request. */
export const CurrentAccount = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedAccount => {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedAccount }>();
    if (!request.user) throw new Error('CurrentAccount used on a public route');
    return request.user;
  },
);
