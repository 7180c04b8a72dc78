import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { AuthoringReadService } from './authoring-read.service';
import { CohortsModule } from './cohorts/cohorts.module';
import { CourseAuthoringController } from './course-authoring.controller';
import { CourseAuthoringService } from './course-authoring.service';
import { CourseCatalogue } from './course-catalogue';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { LearningSeedService } from './learning-seed.service';

/**
 * Learning: courses of modules of lessons, quizzes and exercises; enrolment and progress; the
 * mentors' cohorts (who mentors whom).
 */
@Module({
  imports: [IdentityModule, CohortsModule],
  controllers: [CoursesController, CourseAuthoringController],
  providers: [
    AuthoringReadService,
    CourseAuthoringService,
    CourseCatalogue,
    CoursesService,
    LearningSeedService,
  ],
  exports: [
    CohortsModule,
    CourseAuthoringService,
    CourseCatalogue,
    CoursesService,
    LearningSeedService,
  ],
})
export class LearningModule {}
