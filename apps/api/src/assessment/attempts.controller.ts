import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type AssessmentOverview,
  type AttemptView,
  type IntakeProfile,
  Role,
} from '@passerelle/contracts';
import type { Response } from 'express';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { Problems, Returns } from '../common/openapi/responses';
import { AttemptsService } from './attempts.service';
import { AnswerDto, IntakeDto, LanguageDto } from './dto/assessment.dto';

/** The learner's skills assessment: intake, attempts, answers. */
@ApiTags('assessment')
@Authenticated({ roles: [Role.Learner] })
@Controller('assessment')
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @Get('me')
  @Returns(200, 'AssessmentOverview', 'The learner’s assessment at a glance')
  overview(@CurrentAccount() actor: AuthenticatedAccount): Promise<AssessmentOverview> {
    return this.attempts.overview(actor);
  }

  @Put('me/intake')
  @Returns(200, 'IntakeProfile', 'The intake, saved')
  saveIntake(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: IntakeDto,
  ): Promise<IntakeProfile> {
    return this.attempts.saveIntake(actor, body);
  }

  /** 201 with a new attempt, or 200 with the attempt already in progress. */
  @Post('attempts')
  @Returns(201, 'AttemptView', 'A new attempt')
  @Returns(200, 'AttemptView', 'The attempt already in progress')
  @Problems({ 409: 'The intake comes first, or a retake is too early (`retakeAvailableAt`)' })
  async start(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: LanguageDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AttemptView> {
    const { attempt, created } = await this.attempts.start(actor, body.language);
    response.status(created ? 201 : 200);
    return attempt;
  }

  @Get('attempts/:id')
  @Returns(200, 'AttemptView')
  @Problems(404)
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptView> {
    return this.attempts.get(actor, id);
  }

  @Post('attempts/:id/answers')
  @Returns(200, 'AttemptView', 'The attempt with its next question, or its result')
  @Problems(404, { 409: 'Not the question served now', 410: 'The attempt has expired' })
  @HttpCode(200)
  answer(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AnswerDto,
  ): Promise<AttemptView> {
    return this.attempts.answer(actor, id, body);
  }

  @Put('attempts/:id/language')
  @Returns(200, 'AttemptView', 'The attempt in the new language')
  @Problems(404, { 409: 'Not the question served now', 410: 'The attempt has expired' })
  changeLanguage(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: LanguageDto,
  ): Promise<AttemptView> {
    return this.attempts.changeLanguage(actor, id, body.language);
  }
}
