import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { CoursesService } from './courses.service';
import { EnrolDto, QuizAnswersDto } from './dto/course.dto';

@ApiTags('courses')
@Authenticated()
@Controller()
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get('courses')
  @ReturnsList(200, 'CourseView', 'Published courses; drafts too for mentors and admins')
  list(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseView[]> {
    return this.courses.list(actor, query.lang);
  }

  @Get('me/courses')
  @ReturnsList(200, 'CourseView', 'The courses the learner has started')
  mine(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseView[]> {
    return this.courses.mine(actor, query.lang);
  }

  @Get('courses/:id')
  @Returns(200, 'CourseOutline', 'The course’s outline and progress')
  @Problems(404)
  outline(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<CourseOutline> {
    return this.courses.outline(actor, id, query.lang);
  }

  @Post('courses/:id/enrolments')
  @Returns(200, 'CourseOutline', 'The course, started')
  @Problems(403, 404)
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
  @Returns(200, 'ItemView', 'A lesson or quiz, in the language asked for')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404)
  item(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Param('itemId', ParseUuidPipe) itemId: string,
    @Query() query: LanguageQueryDto,
  ): Promise<ItemView> {
    return this.courses.item(actor, id, itemId, query.lang);
  }

  @Post('courses/:id/items/:itemId/completion')
  @Returns(200, 'CourseOutline', 'The course with the lesson completed')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404)
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
  @Returns(200, 'QuizResult', 'The quiz, scored')
  @Problems({ 403: 'The course is not started (`not-enrolled`)' }, 404)
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
