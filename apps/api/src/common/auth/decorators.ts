import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import type { Role } from '@passerelle/contracts';
import type { Request } from 'express';

import { problemResponse } from '../openapi/responses';
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
    ApiResponse({ status: 401, ...problemResponse(401) }),
    ...(options.roles?.length
      ? [
          ApiResponse({
            status: 403,
            ...problemResponse(403, `Only for: ${options.roles.join(', ')}`),
          }),
        ]
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
