import { Body, Controller, Get, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { type DeleteAccountRequest, type DeletionReport, Role } from '@passerelle/contracts';
import { IsString, Length } from 'class-validator';
import type { Response } from 'express';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { Problems, Returns, ReturnsSchema } from '../common/openapi/responses';
import { MyDataService } from './my-data.service';

class DeleteAccountDto implements DeleteAccountRequest {
  @ApiProperty({ description: 'The account’s password, to confirm' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

/** A learner's data: download all of it, or delete the account. */
@ApiTags('my data')
@Authenticated({ roles: [Role.Learner] })
@Controller('me')
export class MyDataController {
  constructor(private readonly data: MyDataService) {}

  @Get('export')
  @ReturnsSchema(
    200,
    { type: 'object', additionalProperties: {} },
    'Everything the platform holds on the learner, as a JSON file',
  )
  async export(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Record<string, unknown>> {
    response.setHeader('Content-Disposition', 'attachment; filename="passerelle-my-data.json"');
    return this.data.export(actor);
  }

  /**
   * Confirmed with the password (tries counted like sign-ins); the account can no longer sign
   * in afterwards, and its sessions end at once.
   */
  @Post('deletion')
  @Returns(200, 'DeletionReport', 'The account is deleted; what was kept and why')
  @Problems({ 429: 'Too many wrong passwords for this account or address' })
  @HttpCode(200)
  delete(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: DeleteAccountDto,
    @Ip() address: string,
  ): Promise<DeletionReport> {
    return this.data.delete(actor, body.password, address);
  }
}
