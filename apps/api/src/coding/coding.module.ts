import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { LearningModule } from '../learning/learning.module';
import { CodingController } from './coding.controller';
import { CodingService } from './coding.service';
import { CodingSeedService } from './coding-seed.service';
import { ExerciseContentService } from './exercise-content.service';
import { GraderService } from './grader.service';
import { HelpRequestCountsModule } from './help-requests';
import { ExerciseImportService } from './import/exercise-import.service';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';
import { ReviewSeedService } from './review-seed.service';

/** Coding: exercises, submissions graded in the sandbox, hints, mentor review. */
@Module({
  imports: [IdentityModule, LearningModule, HelpRequestCountsModule],
  controllers: [CodingController, ReviewController],
  providers: [
    CodingService,
    CodingSeedService,
    GraderService,
    ReviewService,
    ReviewSeedService,
    ExerciseImportService,
    ExerciseContentService,
  ],
  exports: [CodingService, CodingSeedService, GraderService, ReviewSeedService],
})
export class CodingModule {}
