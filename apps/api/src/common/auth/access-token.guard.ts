import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import { Unauthenticated } from '../problem/app-error';
import { IS_PUBLIC } from './decorators';

/** Global guard: every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class AccessTokenGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, account: T | false): T {
    if (error || !account) throw new Unauthenticated('A valid access token is required.');
    return account;
  }
}
