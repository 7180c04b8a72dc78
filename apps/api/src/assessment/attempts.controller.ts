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
import { AttemptsService } from './attempts.service';
import { AnswerDto, IntakeDto, LanguageDto } from './dto/assessment.dto';

/** The learner's skills assessment: intake, attempts, answers. */
@ApiTags('assessment')
@Authenticated({ roles: [Role.Learner] })
@Controller('assessment')
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @Get('me')
  overview(@CurrentAccount() actor: AuthenticatedAccount): Promise<AssessmentOverview> {
    return this.attempts.overview(actor);
  }

  @Put('me/intake')
  saveIntake(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: IntakeDto,
  ): Promise<IntakeProfile> {
    return this.attempts.saveIntake(actor, body);
  }

  /** 201 with a new attempt, or 200 with the attempt already in progress. */
  @Post('attempts')
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
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptView> {
    return this.attempts.get(actor, id);
  }

  @Post('attempts/:id/answers')
  @HttpCode(200)
  answer(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AnswerDto,
  ): Promise<AttemptView> {
    return this.attempts.answer(actor, id, body);
  }

  @Put('attempts/:id/language')
  changeLanguage(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: LanguageDto,
  ): Promise<AttemptView> {
    return this.attempts.changeLanguage(actor, id, body.language);
  }
}
