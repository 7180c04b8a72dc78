import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  COURSE_AUTHOR_ROLES,
  type CourseAuthoring,
  type CourseOutline,
  type CourseSummary,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { AuthoringReadService } from './authoring-read.service';
import { CourseAuthoringService } from './course-authoring.service';
import {
  CreateCourseDto,
  CreateItemDto,
  CreateModuleDto,
  UpdateCourseDto,
  UpdateItemDto,
  UpdateModuleDto,
} from './dto/course.dto';

/**
 * Course authoring, for mentors and admins. Every mentor reads every course; only its author
 * or an admin changes it. Every change answers with the course's outline.
 */
@ApiTags('course authoring')
@Authenticated({ roles: COURSE_AUTHOR_ROLES })
@Controller()
export class CourseAuthoringController {
  constructor(
    private readonly authoring: CourseAuthoringService,
    private readonly read: AuthoringReadService,
  ) {}

  @Get('authoring/courses')
  @ApiOkResponse({ description: 'Every course, drafts included, with its author and sizes' })
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseSummary[]> {
    return this.read.summaries(actor, query.lang);
  }

  @Get('courses/:id/authoring')
  @ApiOkResponse({ description: 'The whole course in every language, answer keys included' })
  course(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<CourseAuthoring> {
    return this.read.course(actor, id);
  }

  @Post('courses')
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: CreateCourseDto,
  ): Promise<CourseOutline> {
    return this.authoring.create(actor, body);
  }

  @Patch('courses/:id')
  update(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseOutline> {
    return this.authoring.update(actor, id, body);
  }

  @Post('courses/:id/modules')
  addModule(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: CreateModuleDto,
  ): Promise<CourseOutline> {
    return this.authoring.addModule(actor, id, body);
  }

  @Patch('courses/:id/modules/:moduleId')
  updateModule(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Body() body: UpdateModuleDto,
  ): Promise<CourseOutline> {
    return this.authoring.updateModule(actor, id, moduleId, body);
  }

  @Delete('courses/:id/modules/:moduleId')
  @ApiOkResponse({ description: 'Deleted; 409 when learners have work in the module' })
  deleteModule(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
  ): Promise<CourseOutline> {
    return this.authoring.deleteModule(actor, id, moduleId);
  }

  @Post('courses/:id/modules/:moduleId/items')
  addItem(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Body() body: CreateItemDto,
  ): Promise<CourseOutline> {
    return this.authoring.addItem(actor, id, moduleId, body);
  }

  @Patch('courses/:id/modules/:moduleId/items/:itemId')
  updateItem(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Body() body: UpdateItemDto,
  ): Promise<CourseOutline> {
    return this.authoring.updateItem(actor, id, moduleId, itemId, body);
  }

  @Delete('courses/:id/modules/:moduleId/items/:itemId')
  @ApiOkResponse({ description: 'Deleted; 409 when learners have progress or submissions on it' })
  deleteItem(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
  ): Promise<CourseOutline> {
    return this.authoring.deleteItem(actor, id, moduleId, itemId);
  }

  @Post('courses/:id/publication')
  @HttpCode(200)
  publish(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<CourseOutline> {
    return this.authoring.setPublished(actor, id, true);
  }

  @Post('courses/:id/unpublication')
  @HttpCode(200)
  unpublish(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<CourseOutline> {
    return this.authoring.setPublished(actor, id, false);
  }
}
