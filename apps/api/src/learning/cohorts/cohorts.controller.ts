import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type CohortDetail, type CohortSummary, CONSOLE_AREAS } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../../common/auth/decorators';
import { ParseUuidPipe } from '../../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../../common/i18n/language-query.dto';
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
  list(@CurrentAccount() actor: AuthenticatedAccount): Promise<CohortSummary[]> {
    return this.cohorts.list(actor);
  }

  @Post()
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: CreateCohortDto,
  ): Promise<CohortDetail> {
    return this.cohorts.create(actor, body);
  }

  @Get(':id')
  detail(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<CohortDetail> {
    return this.cohorts.detail(actor, id, query.lang);
  }

  @Patch(':id')
  rename(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: RenameCohortDto,
  ): Promise<CohortDetail> {
    return this.cohorts.rename(actor, id, body.name);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<void> {
    return this.cohorts.remove(actor, id);
  }

  @Post(':id/learners')
  @HttpCode(200)
  addLearner(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AddCohortLearnerDto,
  ): Promise<CohortDetail> {
    return this.cohorts.addLearner(actor, id, body.identifier);
  }

  @Delete(':id/learners/:learnerId')
  removeLearner(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
  ): Promise<CohortDetail> {
    return this.cohorts.removeLearner(actor, id, learnerId);
  }

  @Post(':id/courses')
  @HttpCode(200)
  assignCourse(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AssignCohortCourseDto,
  ): Promise<CohortDetail> {
    return this.cohorts.assignCourse(actor, id, body.courseId);
  }

  @Delete(':id/courses/:courseId')
  unassignCourse(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('courseId', ParseUuidPipe) courseId: string,
  ): Promise<CohortDetail> {
    return this.cohorts.unassignCourse(actor, id, courseId);
  }
}
