import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type DraftSaved,
  type ExerciseView,
  type HintsView,
  Role,
  type SubmissionView,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { Problems, Returns } from '../common/openapi/responses';
import { CodingService } from './coding.service';
import { SaveDraftDto } from './dto/draft.dto';
import { SubmitDto } from './dto/submission.dto';

@ApiTags('coding')
@Authenticated()
@Controller()
export class CodingController {
  constructor(private readonly coding: CodingService) {}

  @Get('courses/:id/items/:itemId/exercise')
  @Returns(200, 'ExerciseView', 'The exercise, with the learner’s draft and submissions')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404)
  exercise(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Query() query: LanguageQueryDto,
  ): Promise<ExerciseView> {
    return this.coding.exercise(actor, id, itemId, query.lang);
  }

  @Post('courses/:id/items/:itemId/hints')
  @Returns(200, 'HintsView', 'The hints shown so far, one more')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404)
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner] })
  hint(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Query() query: LanguageQueryDto,
  ): Promise<HintsView> {
    return this.coding.revealHint(actor, id, itemId, query.lang);
  }

  @Post('courses/:id/items/:itemId/submissions')
  @Returns(200, 'SubmissionView', 'The submission, graded')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404, {
    429: 'Too many submissions; try again shortly',
  })
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner] })
  submit(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Body() body: SubmitDto,
  ): Promise<SubmissionView> {
    return this.coding.submit(actor, id, itemId, body);
  }

  @Put('courses/:id/items/:itemId/draft')
  @Returns(200, 'DraftSaved', 'The draft, saved')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404, {
    429: 'Too many saves; try again shortly',
  })
  @Authenticated({ roles: [Role.Learner] })
  saveDraft(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Body() body: SaveDraftDto,
  ): Promise<DraftSaved> {
    return this.coding.saveDraft(actor, id, itemId, body.source);
  }

  @Get('submissions/:id')
  @Returns(200, 'SubmissionView')
  @Problems(403, 404)
  submission(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<SubmissionView> {
    return this.coding.submission(actor, id);
  }
}
