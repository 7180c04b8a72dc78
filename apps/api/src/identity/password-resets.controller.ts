import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionResponse } from '@passerelle/contracts';

import { Public } from '../common/auth/decorators';
import { NoStore } from '../common/http/no-store';
import { AccountCreation } from '../common/http/throttling';
import { Problems, Returns, ReturnsNothing } from '../common/openapi/responses';
import {
  PasswordResetRequestDto,
  PasswordResetWithCodeDto,
  PasswordResetWithLinkDto,
} from './dto/password-reset.dto';
import { PasswordResetsService } from './password-resets.service';

/** Password recovery: a link by email, or a code from a mentor for learners without email. */
@ApiTags('auth')
@Public()
@Controller('auth/password-reset')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  @Post()
  @ReturnsNothing(202, 'A link is on its way if an account has this email (the answer never says)')
  @Problems({ 429: 'Too many tries for this account or address' })
  @HttpCode(202)
  async request(@Body() body: PasswordResetRequestDto, @Ip() address: string): Promise<void> {
    await this.resets.requestLink(body.email, address);
  }

  @Post('link')
  @Returns(200, 'SessionResponse', 'The new password is set; a session')
  @Problems({
    410: 'The link was used, replaced or has expired',
    429: 'Too many tries for this account or address',
  })
  @HttpCode(200)
  @AccountCreation()
  @NoStore()
  withLink(
    @Body() body: PasswordResetWithLinkDto,
    @Ip() address: string,
  ): Promise<SessionResponse> {
    return this.resets.resetWithLink(body.token, body.password, address);
  }

  @Post('code')
  @Returns(200, 'SessionResponse', 'The new password is set; a session')
  @Problems({
    400: 'Invalid body, or a wrong username or code (or one used, replaced or expired)',
    429: 'Too many tries for this account or address',
  })
  @HttpCode(200)
  @NoStore()
  withCode(
    @Body() body: PasswordResetWithCodeDto,
    @Ip() address: string,
  ): Promise<SessionResponse> {
    return this.resets.resetWithCode(body.identifier, body.code, body.password, address);
  }
}
