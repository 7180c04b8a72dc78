import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { AcceptInvitationDto, CreateInvitationDto, InvitationTokenDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Returns(201, 'CreatedInvitationResponse', 'The invitation and its link, shown once')
  @Problems({ 409: 'An account has this email already' })
  @Authenticated({ roles: [Role.Admin] })
  @NoStore()
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: CreateInvitationDto,
  ): Promise<CreatedInvitationResponse> {
    return this.invitations.create(actor, body);
  }

  @Get()
  @ReturnsList(200, 'InvitationView', 'Every invitation')
  @Authenticated({ roles: [Role.Admin] })
  list(): Promise<InvitationView[]> {
    return this.invitations.list();
  }

  @Delete(':id')
  @Returns(200, 'InvitationView', 'The invitation, now revoked')
  @Problems(404)
  @Authenticated({ roles: [Role.Admin] })
  revoke(@Param('id', ParseUuidPipe) id: string): Promise<InvitationView> {
    return this.invitations.revoke(id);
  }

  /** POST rather than GET so that the secret never lands in a URL or an access log. */
  @Post('preview')
  @Returns(200, 'InvitationPreview', 'Who the invitation is for')
  @Problems({ 410: 'Used, revoked or expired' })
  @Public()
  @AccountCreation()
  @HttpCode(200)
  preview(@Body() body: InvitationTokenDto): Promise<InvitationPreview> {
    return this.invitations.preview(body.token);
  }

  @Post('accept')
  @Returns(200, 'SessionResponse', 'The password is set; a first session')
  @Problems({ 410: 'Used, revoked or expired' })
  @Public()
  @AccountCreation()
  @NoStore()
  @HttpCode(200)
  accept(@Body() body: AcceptInvitationDto): Promise<SessionResponse> {
    return this.invitations.accept(body.token, body.password);
  }
}
