import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type JobView, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { ChangeJobStatusDto, JobDto, UpdateJobDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

/** An organisation's job postings, for its employers and admins. */
@ApiTags('jobs')
@Authenticated({ roles: [Role.Employer, Role.Admin] })
@Controller()
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get('organisations/:id/jobs')
  @ReturnsList(200, 'JobView', 'The organisation’s jobs')
  @Problems(404)
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<JobView[]> {
    return this.jobs.list(actor, id);
  }

  @Post('organisations/:id/jobs')
  @Returns(201, 'JobView', 'The new job')
  @Problems(404)
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: JobDto,
  ): Promise<JobView> {
    return this.jobs.create(actor, id, body);
  }

  @Get('jobs/:id')
  @Returns(200, 'JobView')
  @Problems(404)
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<JobView> {
    return this.jobs.get(actor, id);
  }

  @Patch('jobs/:id')
  @Returns(200, 'JobView', 'The job, changed')
  @Problems(404)
  update(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateJobDto,
  ): Promise<JobView> {
    return this.jobs.update(actor, id, body);
  }

  @Post('jobs/:id/status')
  @Returns(200, 'JobView', 'The job with its new status')
  @Problems(404, { 409: 'A job in this status cannot take that one' })
  @HttpCode(200)
  changeStatus(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: ChangeJobStatusDto,
  ): Promise<JobView> {
    return this.jobs.changeStatus(actor, id, body.status);
  }
}
