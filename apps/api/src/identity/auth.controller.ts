import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SessionResponse } from '@passerelle/contracts';

import { CurrentAccount, Public } from '../common/auth/decorators';
import { NoStore } from '../common/http/no-store';
import { AccountCreation } from '../common/http/throttling';
import { AuthService } from './auth.service';
import { SessionResponseDto } from './dto/account.dto';
import { RefreshDto, SignInDto, SignUpDto } from './dto/auth.dto';
import type { Account } from './entities/account.entity';
import { SessionsService } from './sessions.service';
import { LocalAuthGuard } from './strategies';

@ApiTags('auth')
@ApiBadRequestResponse({ description: 'Invalid body (problem+json naming each field)' })
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('sign-up')
  @AccountCreation()
  @NoStore()
  @ApiCreatedResponse({
    type: SessionResponseDto,
    description: 'A learner account and its first session',
  })
  @ApiConflictResponse({ description: 'The email or username is taken' })
  signUp(@Body() body: SignUpDto): Promise<SessionResponse> {
    return this.auth.signUp(body);
  }

  @Post('sign-in')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @NoStore()
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong identifier or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this account or address' })
  signIn(@Body() _body: SignInDto, @CurrentAccount() account: Account): Promise<SessionResponse> {
    return this.sessions.start(account);
  }

  @Post('refresh')
  @HttpCode(200)
  @NoStore()
  @ApiOkResponse({ type: SessionResponseDto, description: 'A new access token and refresh token' })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired, revoked or reused refresh token' })
  refresh(@Body() body: RefreshDto): Promise<SessionResponse> {
    return this.sessions.rotate(body.refreshToken);
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is over (also when it already was)' })
  signOut(@Body() body: RefreshDto): Promise<void> {
    return this.sessions.end(body.refreshToken);
  }
}
