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

  /**
   * A token that is missing, malformed, expired or of an ended session is a 401 (`passport-jwt`
   * reports those as a failure, `account` false). An error thrown while checking the session —
   * the database unreachable — is not the client's fault: it goes to the problem filter as it is.
   */
  override handleRequest<T>(error: unknown, account: T | false): T {
    if (error) throw error;
    if (!account) throw new Unauthenticated('A valid access token is required.');
    return account;
  }
}
