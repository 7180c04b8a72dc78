import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type NoteView, type PipelineEntry, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { AddToPipelineDto, MoveStageDto, NoteDto } from './dto/pipeline.dto';
import { PipelineService } from './pipeline.service';

/** A job's hiring pipeline and the organisation's notes on candidates. */
@ApiTags('pipeline')
@Authenticated({ roles: [Role.Employer, Role.Admin] })
@Controller()
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get('jobs/:jobId/pipeline')
  @ReturnsList(200, 'PipelineEntry', 'The job’s pipeline')
  @Problems(404)
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
  ): Promise<PipelineEntry[]> {
    return this.pipeline.list(actor, jobId);
  }

  /** Shortlists a candidate who is open to work. */
  @Post('jobs/:jobId/pipeline')
  @Returns(201, 'PipelineEntry', 'The candidate, shortlisted')
  @Problems(404, { 409: 'In the pipeline already, or the job is not open' })
  add(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
    @Body() body: AddToPipelineDto,
  ): Promise<PipelineEntry> {
    return this.pipeline.add(actor, jobId, body.learnerId);
  }

  @Post('applications/:id/stage')
  @Returns(200, 'PipelineEntry', 'The application at its new stage')
  @Problems(404, {
    409: 'Stages go forward one at a time, after an accepted invitation; or someone else just moved the candidate',
  })
  @HttpCode(200)
  move(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: MoveStageDto,
  ): Promise<PipelineEntry> {
    return this.pipeline.move(actor, id, body);
  }

  @Get('jobs/:jobId/candidates/:learnerId/notes')
  @ReturnsList(200, 'NoteView', 'The organisation’s notes on the candidate')
  @Problems(404)
  notes(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
  ): Promise<NoteView[]> {
    return this.pipeline.notes(actor, jobId, learnerId);
  }

  @Post('jobs/:jobId/candidates/:learnerId/notes')
  @ReturnsList(201, 'NoteView', 'The notes, with the new one')
  @Problems(404)
  addNote(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
    @Body() body: NoteDto,
  ): Promise<NoteView[]> {
    return this.pipeline.addNote(actor, jobId, learnerId, body.body);
  }
}
