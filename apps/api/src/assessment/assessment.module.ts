import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { LearningModule } from '../learning/learning.module';
import { AssessmentReviewService } from './assessment-review.service';
import { AssessmentSeedService } from './assessment-seed.service';
import { AssessmentStaffController } from './assessment-staff.controller';
import { AttemptsController } from './attempts.controller';
import { AttemptsService } from './attempts.service';
import { BankVersionsController } from './bank-versions.controller';
import { CalibrationScheduler } from './calibration.scheduler';
import { CalibrationService } from './calibration.service';
import { CoursePlacementService } from './course-placement.service';
import { ItemAuthoringService } from './item-authoring.service';
import { ItemBankService } from './item-bank.service';
import { TestLengthService } from './test-length.service';

/**
 * The initial skills assessment: the item bank, learners' intake and adaptive attempts driven
 * by the engine in `@passerelle/assessment`, results, placement into courses, and the
 * mentors' tools.
 */
@Module({
  imports: [IdentityModule, LearningModule],
  controllers: [AttemptsController, AssessmentStaffController, BankVersionsController],
  providers: [
    AssessmentReviewService,
    AssessmentSeedService,
    AttemptsService,
    CalibrationScheduler,
    CalibrationService,
    ItemAuthoringService,
    ItemBankService,
    CoursePlacementService,
    TestLengthService,
  ],
  exports: [AssessmentSeedService, CalibrationService],
})
export class AssessmentModule {}
