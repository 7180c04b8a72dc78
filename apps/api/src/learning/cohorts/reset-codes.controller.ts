import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type PasswordResetCodeResponse, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../../common/auth/decorators';
import { NoStore } from '../../common/http/no-store';
import { ParseUuidPipe } from '../../common/http/parse-uuid.pipe';
import { Problems, Returns } from '../../common/openapi/responses';
import { NotFound } from '../../common/problem/app-error';
import { PasswordResetsService } from '../../identity/password-resets.service';
import { Mentorship } from './mentorship';

/**
 * A learner who forgot their password and has no email gets a one-time code from their mentor
 * (only for learners of the mentor's cohorts) or an admin, handed over in person.
 */
@ApiTags('auth')
@Authenticated({ roles: [Role.Mentor, Role.Admin] })
@Controller('learners/:learnerId/reset-code')
export class ResetCodesController {
  constructor(
    private readonly mentorship: Mentorship,
    private readonly resets: PasswordResetsService,
  ) {}

  @Post()
  @Returns(201, 'PasswordResetCodeResponse', 'Shown once; replaces any earlier code')
  @Problems({ 404: 'No such learner among the caller’s' })
  @HttpCode(201)
  @NoStore()
  async issue(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
  ): Promise<PasswordResetCodeResponse> {
    // The same answer as for an unknown id: a mentor learns nothing of other cohorts' learners.
    if (!(await this.mentorship.mentors(actor, learnerId))) {
      throw new NotFound('There is no such learner.');
    }
    return this.resets.issueCode(actor, learnerId);
  }
}
