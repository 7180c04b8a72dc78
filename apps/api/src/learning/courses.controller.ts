import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  COURSE_AUTHOR_ROLES,
  type CourseOutline,
  type CourseView,
  type ItemView,
  type QuizResult,
  Role,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { CoursesService } from './courses.service';
import { EnrolDto, QuizAnswersDto } from './dto/course.dto';

@ApiTags('courses')
@Authenticated()
@Controller()
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get('courses')
  @ApiOkResponse({ description: 'Published courses; drafts too for mentors and admins' })
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseView[]> {
    return this.courses.list(actor, query.lang);
  }

  @Get('me/courses')
  mine(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseView[]> {
    return this.courses.mine(actor, query.lang);
  }

  @Get('courses/:id')
  outline(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseOutline> {
    return this.courses.outline(actor, id, query.lang);
  }

  @Post('courses/:id/enrolments')
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner, ...COURSE_AUTHOR_ROLES] })
  enrol(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: EnrolDto,
  ): Promise<CourseOutline> {
    return this.courses.enrol(actor, id, body.learnerId);
  }

  @Get('courses/:id/items/:itemId')
  item(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Query() query: LanguageQueryDto,
  ): Promise<ItemView> {
    return this.courses.item(actor, id, itemId, query.lang);
  }

  @Post('courses/:id/items/:itemId/completion')
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner] })
  complete(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
  ): Promise<CourseOutline> {
    return this.courses.completeLesson(actor, id, itemId);
  }

  @Post('courses/:id/items/:itemId/answers')
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner] })
  answer(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Body() body: QuizAnswersDto,
  ): Promise<QuizResult> {
    return this.courses.answerQuiz(actor, id, itemId, body.answers);
  }
}
