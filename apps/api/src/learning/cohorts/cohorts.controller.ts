import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type CohortDetail, type CohortSummary, CONSOLE_AREAS } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../../common/auth/decorators';
import { ParseUuidPipe } from '../../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../../common/i18n/language-query.dto';
import { Problems, Returns, ReturnsList, ReturnsNothing } from '../../common/openapi/responses';
import { CohortsService } from './cohorts.service';
import {
  AddCohortLearnerDto,
  AssignCohortCourseDto,
  CreateCohortDto,
  RenameCohortDto,
} from './dto/cohort.dto';

const COHORT_ROLES = CONSOLE_AREAS.find((area) => area.id === 'cohorts')?.roles ?? [];

@ApiTags('cohorts')
@Authenticated({ roles: COHORT_ROLES })
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @ReturnsList(200, 'CohortSummary', 'The mentor’s cohorts; every cohort for an admin')
  list(@CurrentAccount() actor: AuthenticatedAccount): Promise<CohortSummary[]> {
    return this.cohorts.list(actor);
  }

  @Post()
  @Returns(201, 'CohortDetail', 'The new cohort')
  @Problems(403, 404)
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: CreateCohortDto,
  ): Promise<CohortDetail> {
    return this.cohorts.create(actor, body);
  }

  @Get(':id')
  @Returns(200, 'CohortDetail')
  @Problems(403, 404)
  detail(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<CohortDetail> {
    return this.cohorts.detail(actor, id, query.lang);
  }

  @Patch(':id')
  @Returns(200, 'CohortDetail', 'The cohort, renamed')
  @Problems(403, 404)
  rename(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: RenameCohortDto,
  ): Promise<CohortDetail> {
    return this.cohorts.rename(actor, id, body.name);
  }

  @Delete(':id')
  @ReturnsNothing(204, 'The cohort is deleted')
  @Problems(403, 404)
  @HttpCode(204)
  remove(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<void> {
    return this.cohorts.remove(actor, id);
  }

  @Post(':id/learners')
  @Returns(200, 'CohortDetail', 'The cohort with the learner')
  @Problems(403, 404)
  @HttpCode(200)
  addLearner(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AddCohortLearnerDto,
  ): Promise<CohortDetail> {
    return this.cohorts.addLearner(actor, id, body.identifier);
  }

  @Delete(':id/learners/:learnerId')
  @Returns(200, 'CohortDetail', 'The cohort without the learner')
  @Problems(403, 404)
  removeLearner(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
  ): Promise<CohortDetail> {
    return this.cohorts.removeLearner(actor, id, learnerId);
  }

  @Post(':id/courses')
  @Returns(200, 'CohortDetail', 'The cohort with the course')
  @Problems(403, 404)
  @HttpCode(200)
  assignCourse(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AssignCohortCourseDto,
  ): Promise<CohortDetail> {
    return this.cohorts.assignCourse(actor, id, body.courseId);
  }

  @Delete(':id/courses/:courseId')
  @Returns(200, 'CohortDetail', 'The cohort without the course')
  @Problems(403, 404)
  unassignCourse(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('courseId', ParseUuidPipe) courseId: string,
  ): Promise<CohortDetail> {
    return this.cohorts.unassignCourse(actor, id, courseId);
  }
}
