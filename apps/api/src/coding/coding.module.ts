import { Module } from '@nestjs/common';

import { LearningModule } from '../learning/learning.module';
import { CodingController } from './coding.controller';
import { CodingService } from './coding.service';
import { CodingSeedService } from './coding-seed.service';
import { GraderService } from './grader.service';

/** Coding: exercises, submissions graded in the sandbox, hints. Builds on learning. */
@Module({
  imports: [LearningModule],
  controllers: [CodingController],
  providers: [CodingService, CodingSeedService, GraderService],
  exports: [CodingService, CodingSeedService, GraderService],
})
export class CodingModule {}
