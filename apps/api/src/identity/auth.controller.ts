import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionResponse } from '@passerelle/contracts';

import { CurrentAccount, Public } from '../common/auth/decorators';
import { NoStore } from '../common/http/no-store';
import { AccountCreation } from '../common/http/throttling';
import { Problems, Returns, ReturnsNothing } from '../common/openapi/responses';
import { AuthService } from './auth.service';
import { RefreshDto, SignInDto, SignUpDto } from './dto/auth.dto';
import type { Account } from './entities/account.entity';
import { SessionsService } from './sessions.service';
import { LocalAuthGuard } from './strategies';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('sign-up')
  @Returns(201, 'SessionResponse', 'A learner account and its first session')
  @Problems({ 409: 'The email or username is taken' })
  @AccountCreation()
  @NoStore()
  signUp(@Body() body: SignUpDto): Promise<SessionResponse> {
    return this.auth.signUp(body);
  }

  @Post('sign-in')
  @Returns(200, 'SessionResponse', 'A session')
  @Problems({
    401: 'Wrong identifier or password',
    429: 'Too many attempts for this account or address',
  })
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @NoStore()
  signIn(@Body() _body: SignInDto, @CurrentAccount() account: Account): Promise<SessionResponse> {
    return this.sessions.start(account);
  }

  @Post('refresh')
  @Returns(200, 'SessionResponse', 'A new access token and refresh token')
  @Problems({ 401: 'Unknown, expired, revoked or reused refresh token' })
  @HttpCode(200)
  @NoStore()
  refresh(@Body() body: RefreshDto): Promise<SessionResponse> {
    return this.sessions.rotate(body.refreshToken);
  }

  @Post('sign-out')
  @ReturnsNothing(204, 'The session is over (also when it already was)')
  @HttpCode(204)
  signOut(@Body() body: RefreshDto): Promise<void> {
    return this.sessions.end(body.refreshToken);
  }
}
