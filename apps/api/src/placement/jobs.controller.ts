import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type JobView, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { ChangeJobStatusDto, JobDto, UpdateJobDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

/** An organisation's job postings, for its employers and admins. */
@ApiTags('jobs')
@Authenticated({ roles: [Role.Employer, Role.Admin] })
@Controller()
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get('organisations/:id/jobs')
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<JobView[]> {
    return this.jobs.list(actor, id);
  }

  @Post('organisations/:id/jobs')
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: JobDto,
  ): Promise<JobView> {
    return this.jobs.create(actor, id, body);
  }

  @Get('jobs/:id')
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<JobView> {
    return this.jobs.get(actor, id);
  }

  @Patch('jobs/:id')
  update(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateJobDto,
  ): Promise<JobView> {
    return this.jobs.update(actor, id, body);
  }

  @Post('jobs/:id/status')
  @HttpCode(200)
  changeStatus(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: ChangeJobStatusDto,
  ): Promise<JobView> {
    return this.jobs.changeStatus(actor, id, body.status);
  }
}
