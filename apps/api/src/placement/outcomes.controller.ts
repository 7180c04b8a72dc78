import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FALLBACK_LANGUAGE, type OutcomesView, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { Returns } from '../common/openapi/responses';
import { OutcomesService } from './outcomes.service';

/** Placement outcomes per cohort and per course: mentors see their cohorts, admins all. */
@ApiTags('outcomes')
@Authenticated({ roles: [Role.Mentor, Role.Admin] })
@Controller('outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get()
  @Returns(200, 'OutcomesView', 'Outcomes per cohort and per course')
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<OutcomesView> {
    return this.outcomes.outcomes(actor, query.lang ?? FALLBACK_LANGUAGE);
  }
}
