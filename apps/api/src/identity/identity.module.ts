import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Mailer } from '../common/mail/mailer';
import { AppConfig } from '../config/app-config';
import { AccountBootstrapService } from './account-bootstrap.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { Account } from './entities/account.entity';
import { AuditEvent } from './entities/audit-event.entity';
import { Invitation } from './entities/invitation.entity';
import { PasswordReset } from './entities/password-reset.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetsController } from './password-resets.controller';
import { PasswordResetsService } from './password-resets.service';
import { People } from './people';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { JwtStrategy, LocalStrategy } from './strategies';

/** Identity: accounts, roles, sessions, invitations and password recovery. Every other domain builds on it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Account, Invitation, RefreshToken, PasswordReset, AuditEvent]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [
    AuthController,
    AccountsController,
    InvitationsController,
    PasswordResetsController,
  ],
  providers: [
    AccountBootstrapService,
    AccountsService,
    AuthService,
    InvitationsService,
    JwtStrategy,
    LocalStrategy,
    Mailer,
    PasswordHasher,
    PasswordResetsService,
    People,
    SessionsService,
    SignInLimiter,
  ],
  exports: [
    AccountBootstrapService,
    AccountsService,
    AuthService,
    InvitationsService,
    PasswordHasher,
    PasswordResetsService,
    People,
  ],
})
export class IdentityModule {}
