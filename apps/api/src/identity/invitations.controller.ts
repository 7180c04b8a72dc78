import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiGoneResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  type CreatedInvitationResponse,
  type InvitationPreview,
  type InvitationView,
  Role,
  type SessionResponse,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount, Public } from '../common/auth/decorators';
import { NoStore } from '../common/http/no-store';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { AccountCreation } from '../common/http/throttling';
import { SessionResponseDto } from './dto/account.dto';
import {
  AcceptInvitationDto,
  CreatedInvitationDto,
  CreateInvitationDto,
  InvitationPreviewDto,
  InvitationTokenDto,
  InvitationViewDto,
} from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Authenticated({ roles: [Role.Admin] })
  @NoStore()
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: CreateInvitationDto,
  ): Promise<CreatedInvitationResponse> {
    return this.invitations.create(actor, body);
  }

  @Get()
  @Authenticated({ roles: [Role.Admin] })
  @ApiOkResponse({ type: [InvitationViewDto] })
  list(): Promise<InvitationView[]> {
    return this.invitations.list();
  }

  @Delete(':id')
  @Authenticated({ roles: [Role.Admin] })
  @ApiOkResponse({ type: InvitationViewDto, description: 'The invitation, now revoked' })
  revoke(@Param('id', ParseUuidPipe) id: string): Promise<InvitationView> {
    return this.invitations.revoke(id);
  }

  /** POST rather than GET so that the secret never lands in a URL or an access log. */
  @Post('preview')
  @Public()
  @AccountCreation()
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiGoneResponse({ description: 'Used, revoked or expired' })
  preview(@Body() body: InvitationTokenDto): Promise<InvitationPreview> {
    return this.invitations.preview(body.token);
  }

  @Post('accept')
  @Public()
  @AccountCreation()
  @NoStore()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto, description: 'The password is set; a first session' })
  @ApiGoneResponse({ description: 'Used, revoked or expired' })
  accept(@Body() body: AcceptInvitationDto): Promise<SessionResponse> {
    return this.invitations.accept(body.token, body.password);
  }
}
