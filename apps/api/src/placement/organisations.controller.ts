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
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { CreateOrganisationDto, InviteEmployerDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Authenticated({ roles: [Role.Admin, Role.Employer] })
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Every organisation for an admin; an employer's own. */
  @Get()
  @ReturnsList(200, 'OrganisationSummary', 'Every organisation for an admin; an employer’s own')
  list(@CurrentAccount() actor: AuthenticatedAccount): Promise<OrganisationSummary[]> {
    return this.organisations.list(actor);
  }

  @Post()
  @Returns(201, 'OrganisationDetail', 'The new organisation')
  @Problems({ 409: 'An organisation with this name exists already' })
  @Authenticated({ roles: [Role.Admin] })
  create(@Body() body: CreateOrganisationDto): Promise<OrganisationDetail> {
    return this.organisations.create(body);
  }

  @Get(':id')
  @Returns(200, 'OrganisationDetail')
  @Problems(404)
  detail(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<OrganisationDetail> {
    return this.organisations.detail(actor, id);
  }

  /** Admins, and the organisation's owners. */
  @Post(':id/employers')
  @Returns(201, 'CreatedInvitationResponse', 'The invitation and its link, shown once')
  @Problems(404, {
    409: 'The email belongs to another role, or is invited by another organisation',
  })
  inviteEmployer(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: InviteEmployerDto,
  ): Promise<CreatedInvitationResponse> {
    return this.organisations.inviteEmployer(actor, id, body);
  }
}
