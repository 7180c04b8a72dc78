import { Module } from '@nestjs/common';

import { IdentityModule } from '../../identity/identity.module';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { Mentorship } from './mentorship';
import { ResetCodesController } from './reset-codes.controller';

/**
 * Cohorts: mentors' groups of learners and the courses assigned to them; who mentors whom, and
 * so who may give a learner a password-reset code.
 */
@Module({
  imports: [IdentityModule],
  controllers: [CohortsController, ResetCodesController],
  providers: [CohortsService, Mentorship],
  exports: [CohortsService, Mentorship],
})
export class CohortsModule {}
