import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { SessionResponse } from '@passerelle/contracts';

import { Public } from '../common/auth/decorators';
import { NoStore } from '../common/http/no-store';
import { AccountCreation } from '../common/http/throttling';
import { SessionResponseDto } from './dto/account.dto';
import {
  PasswordResetRequestDto,
  PasswordResetWithCodeDto,
  PasswordResetWithLinkDto,
} from './dto/password-reset.dto';
import { PasswordResetsService } from './password-resets.service';

/** Password recovery: a link by email, or a code from a mentor for learners without email. */
@ApiTags('auth')
@ApiBadRequestResponse({ description: 'Invalid body (problem+json naming each field)' })
@ApiTooManyRequestsResponse({ description: 'Too many tries for this account or address' })
@Public()
@Controller('auth/password-reset')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'A link is on its way if an account has this email (the answer never says)',
  })
  async request(@Body() body: PasswordResetRequestDto, @Ip() address: string): Promise<void> {
    await this.resets.requestLink(body.email, address);
  }

  @Post('link')
  @HttpCode(200)
  @AccountCreation()
  @NoStore()
  @ApiOkResponse({ type: SessionResponseDto, description: 'The new password is set; a session' })
  @ApiGoneResponse({ description: 'The link was used, replaced or has expired' })
  withLink(
    @Body() body: PasswordResetWithLinkDto,
    @Ip() address: string,
  ): Promise<SessionResponse> {
    return this.resets.resetWithLink(body.token, body.password, address);
  }

  @Post('code')
  @HttpCode(200)
  @NoStore()
  @ApiOkResponse({ type: SessionResponseDto, description: 'The new password is set; a session' })
  withCode(
    @Body() body: PasswordResetWithCodeDto,
    @Ip() address: string,
  ): Promise<SessionResponse> {
    return this.resets.resetWithCode(body.identifier, body.code, body.password, address);
  }
}
