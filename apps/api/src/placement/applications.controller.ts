import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type JobMatchView, type MyApplication, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { ApplicationsService } from './applications.service';
import { ApplyDto, InvitationAnswerDto } from './dto/pipeline.dto';

/** Learners: jobs that match them, their applications and interview invitations. */
@ApiTags('applications')
@Authenticated({ roles: [Role.Learner] })
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get('me/jobs')
  @ReturnsList(200, 'JobMatchView', 'Open jobs, with how the learner matches each')
  matches(@CurrentAccount() actor: AuthenticatedAccount): Promise<JobMatchView[]> {
    return this.applications.matches(actor);
  }

  @Post('jobs/:jobId/applications')
  @Returns(201, 'MyApplication', 'The application')
  @Problems(404, { 409: 'Among this job’s candidates already' })
  apply(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
    @Body() body: ApplyDto,
  ): Promise<MyApplication> {
    return this.applications.apply(actor, jobId, body.message);
  }

  @Get('me/applications')
  @ReturnsList(200, 'MyApplication', 'The learner’s applications')
  mine(@CurrentAccount() actor: AuthenticatedAccount): Promise<MyApplication[]> {
    return this.applications.mine(actor);
  }

  @Post('me/applications/:id/invitation')
  @Returns(200, 'MyApplication', 'The application with the answer')
  @Problems(404, { 409: 'No invitation waits for an answer, or it is answered already' })
  @HttpCode(200)
  answer(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: InvitationAnswerDto,
  ): Promise<MyApplication> {
    return this.applications.answerInvitation(actor, id, body.accept);
  }

  @Post('me/applications/:id/withdraw')
  @Returns(200, 'MyApplication', 'The application, withdrawn')
  @Problems(404, { 409: 'Withdrawn already' })
  @HttpCode(200)
  withdraw(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<MyApplication> {
    return this.applications.withdraw(actor, id);
  }
}
