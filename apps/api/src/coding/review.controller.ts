import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CONSOLE_AREAS,
  type FeedbackView,
  type Page,
  type ReviewFeedEntry,
  type ReviewSubmission,
  Role,
  type SubmissionView,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { Problems, Returns } from '../common/openapi/responses';
import { CodingService } from './coding.service';
import {
  CommentDto,
  FeedbackQueryDto,
  MarkFeedbackReadDto,
  ReviewFeedQueryDto,
} from './dto/review.dto';
import { ReviewService } from './review.service';

const REVIEW_ROLES = CONSOLE_AREAS.find((area) => area.id === 'review')?.roles ?? [];

@ApiTags('review')
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly coding: CodingService,
  ) {}

  @Get('review/submissions')
  @Returns(200, 'ReviewFeedEntryPage', 'A page of submissions to review')
  @Authenticated({ roles: REVIEW_ROLES })
  feed(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: ReviewFeedQueryDto,
  ): Promise<Page<ReviewFeedEntry>> {
    return this.review.feed(actor, query, query.lang);
  }

  @Get('review/submissions/:id')
  @Returns(200, 'ReviewSubmission', 'A submission with its code and comments')
  @Problems(403, 404)
  @Authenticated({ roles: REVIEW_ROLES })
  submission(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<ReviewSubmission> {
    return this.review.submission(actor, id, query.lang);
  }

  @Post('review/submissions/:id/comments')
  @Returns(200, 'ReviewSubmission', 'The submission with the comment')
  @Problems(403, 404)
  @HttpCode(200)
  @Authenticated({ roles: REVIEW_ROLES })
  comment(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: CommentDto,
    @Query() query: LanguageQueryDto,
  ): Promise<ReviewSubmission> {
    return this.review.comment(actor, id, body, query.lang);
  }

  @Post('submissions/:id/help-request')
  @Returns(200, 'SubmissionView', 'The submission, now asking for help')
  @Problems(403, 404)
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner] })
  requestHelp(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<SubmissionView> {
    return this.coding.requestHelp(actor, id);
  }

  @Get('me/feedback')
  @Returns(200, 'FeedbackView', 'Mentors’ comments on the learner’s submissions')
  @Authenticated({ roles: [Role.Learner] })
  feedback(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: FeedbackQueryDto,
  ): Promise<FeedbackView> {
    return this.review.feedback(actor, query.itemId, query.lang);
  }

  @Post('me/feedback/read')
  @Returns(200, 'FeedbackView', 'The feedback, all read')
  @HttpCode(200)
  @Authenticated({ roles: [Role.Learner] })
  markRead(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: MarkFeedbackReadDto,
    @Query() query: LanguageQueryDto,
  ): Promise<FeedbackView> {
    return this.review.markRead(actor, body.ids, query.lang);
  }
}
