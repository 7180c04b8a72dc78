import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
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
  @ReturnsList(200, 'CourseSummary', 'Every course, drafts included, with its author and sizes')
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseSummary[]> {
    return this.read.summaries(actor, query.lang);
  }

  @Get('courses/:id/authoring')
  @Returns(200, 'CourseAuthoring', 'The whole course in every language, answer keys included')
  @Problems(404)
  course(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<CourseAuthoring> {
    return this.read.course(actor, id);
  }

  @Post('courses')
  @Returns(201, 'CourseOutline', 'The new course')
  @Problems(404, { 409: 'The slug is taken' })
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: CreateCourseDto,
  ): Promise<CourseOutline> {
    return this.authoring.create(actor, body);
  }

  @Patch('courses/:id')
  @Returns(200, 'CourseOutline', 'The course, changed')
  @Problems(403, 404, { 409: 'The slug is taken' })
  update(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseOutline> {
    return this.authoring.update(actor, id, body);
  }

  @Post('courses/:id/modules')
  @Returns(201, 'CourseOutline', 'The course with the new module')
  @Problems(403, 404)
  addModule(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: CreateModuleDto,
  ): Promise<CourseOutline> {
    return this.authoring.addModule(actor, id, body);
  }

  @Patch('courses/:id/modules/:moduleId')
  @Returns(200, 'CourseOutline', 'The course, changed')
  @Problems(403, 404)
  updateModule(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Body() body: UpdateModuleDto,
  ): Promise<CourseOutline> {
    return this.authoring.updateModule(actor, id, moduleId, body);
  }

  @Delete('courses/:id/modules/:moduleId')
  @Returns(200, 'CourseOutline', 'The course without the module')
  @Problems(403, 404, { 409: 'Learners have work in the module' })
  deleteModule(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
  ): Promise<CourseOutline> {
    return this.authoring.deleteModule(actor, id, moduleId);
  }

  @Post('courses/:id/modules/:moduleId/items')
  @Returns(201, 'CourseOutline', 'The course with the new item')
  @Problems(403, 404)
  addItem(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Body() body: CreateItemDto,
  ): Promise<CourseOutline> {
    return this.authoring.addItem(actor, id, moduleId, body);
  }

  @Patch('courses/:id/modules/:moduleId/items/:itemId')
  @Returns(200, 'CourseOutline', 'The course, changed')
  @Problems(403, 404)
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
  @Returns(200, 'CourseOutline', 'The course without the item')
  @Problems(403, 404, { 409: 'Learners have progress or submissions on it' })
  deleteItem(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('moduleId', ParseUuidPipe) moduleId: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
  ): Promise<CourseOutline> {
    return this.authoring.deleteItem(actor, id, moduleId, itemId);
  }

  @Post('courses/:id/publication')
  @Returns(200, 'CourseOutline', 'The course, published')
  @Problems(403, 404)
  @HttpCode(200)
  publish(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<CourseOutline> {
    return this.authoring.setPublished(actor, id, true);
  }

  @Post('courses/:id/unpublication')
  @Returns(200, 'CourseOutline', 'The course, back to draft')
  @Problems(403, 404)
  @HttpCode(200)
  unpublish(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<CourseOutline> {
    return this.authoring.setPublished(actor, id, false);
  }
}
