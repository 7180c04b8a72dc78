import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CandidateMatch,
  type CandidateProfileView,
  FALLBACK_LANGUAGE,
  Role,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { CandidatesService } from './candidates.service';
import { CandidateFiltersDto } from './dto/candidate.dto';

/** Candidates for a job of the employer's organisation: ranked, explained, consented only. */
@ApiTags('candidates')
@Authenticated({ roles: [Role.Employer, Role.Admin] })
@Controller('jobs/:jobId/candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get()
  @ReturnsList(200, 'CandidateMatch', 'Consenting candidates, ranked and explained')
  @Problems(404)
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
    @Query() filters: CandidateFiltersDto,
  ): Promise<CandidateMatch[]> {
    const { lang: _lang, ...rest } = filters;
    return this.candidates.list(actor, jobId, rest);
  }

  /** Recorded: the learner sees who looked, for which organisation and job. */
  @Get(':learnerId')
  @Returns(200, 'CandidateProfileView', 'A candidate’s profile (the view is recorded)')
  @Problems(404)
  detail(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('jobId', ParseUuidPipe) jobId: string,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
    @Query() query: LanguageQueryDto,
  ): Promise<CandidateProfileView> {
    return this.candidates.detail(actor, jobId, learnerId, query.lang ?? FALLBACK_LANGUAGE);
  }
}
