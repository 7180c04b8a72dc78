import { Module } from '@nestjs/common';

import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { Mentorship } from './mentorship';

/** Cohorts: mentors' groups of learners and the courses assigned to them; who mentors whom. */
@Module({
  controllers: [CohortsController],
  providers: [CohortsService, Mentorship],
  exports: [CohortsService, Mentorship],
})
export class CohortsModule {}
