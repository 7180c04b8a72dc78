import { type ExecutionContext, Injectable, ValidationPipe } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { type AccessTokenClaims, ROLES } from '@passerelle/contracts';
import type { Request } from 'express';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Unauthenticated } from '../common/problem/app-error';
import { VALIDATION_OPTIONS } from '../common/problem/validation';
import { AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { SignInDto } from './dto/auth.dto';
import type { Account } from './entities/account.entity';
import { SessionsService } from './sessions.service';

/** Passport `local`: the sign-in body's identifier and password. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'identifier', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, identifier: string, password: string): Promise<Account> {
    return this.auth.validateCredentials(identifier, password, request.ip ?? 'unknown');
  }
}

const signInBody = new ValidationPipe(VALIDATION_OPTIONS);

/**
 * Guards run before pipes, so the sign-in body goes through the global pipe's rules here,
 * before Passport reads it: bad input is a 400 naming the field, not a 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    await signInBody.transform(request.body, { type: 'body', metatype: SignInDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, account: T | false): T {
    if (error) throw error;
    if (!account) throw new Unauthenticated('The email, username or password is wrong.');
    return account;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Passport `jwt`: a Bearer access token signed by this API, not expired, whose session still
 * stands (not signed out, not ended by a password reset, the account neither disabled nor
 * deleted).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase) {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<AuthenticatedAccount | false> {
    const { sub, sid, role } = claims;
    if (typeof sub !== 'string' || !UUID.test(sub)) return false;
    if (typeof sid !== 'string' || !UUID.test(sid)) return false;
    if (!ROLES.includes(role as never)) return false;
    if (!(await this.sessions.isLive(sub, sid))) return false;
    return { id: sub, role: role as AuthenticatedAccount['role'] };
  }
}
