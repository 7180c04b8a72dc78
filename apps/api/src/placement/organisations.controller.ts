import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CreatedInvitationResponse,
  type OrganisationDetail,
  type OrganisationSummary,
  Role,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { CreateOrganisationDto, InviteEmployerDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Authenticated({ roles: [Role.Admin, Role.Employer] })
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Every organisation for an admin; an employer's own. */
  @Get()
  list(@CurrentAccount() actor: AuthenticatedAccount): Promise<OrganisationSummary[]> {
    return this.organisations.list(actor);
  }

  @Post()
  @Authenticated({ roles: [Role.Admin] })
  create(@Body() body: CreateOrganisationDto): Promise<OrganisationDetail> {
    return this.organisations.create(body);
  }

  @Get(':id')
  detail(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<OrganisationDetail> {
    return this.organisations.detail(actor, id);
  }

  /** Admins, and the organisation's owners. */
  @Post(':id/employers')
  inviteEmployer(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: InviteEmployerDto,
  ): Promise<CreatedInvitationResponse> {
    return this.organisations.inviteEmployer(actor, id, body);
  }
}
