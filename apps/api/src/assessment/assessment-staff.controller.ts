import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type AssessedLearner,
  type AssessmentItemDetail,
  AssessmentItemStatus,
  type AttemptReview,
  CONSOLE_AREAS,
  FALLBACK_LANGUAGE,
  type ItemBankView,
  type LearnerAssessment,
  type ServedItem,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { AssessmentReviewService } from './assessment-review.service';
import {
  AssessmentItemDto,
  CohortFilterDto,
  OverridePlacementDto,
  PreviewQueryDto,
  UpdateAssessmentItemDto,
} from './dto/assessment.dto';
import { ItemAuthoringService } from './item-authoring.service';

const ASSESSMENT_ROLES = CONSOLE_AREAS.find((area) => area.id === 'assessment')?.roles ?? [];

/** Mentors and admins: learners' results and attempts, resets, placements, the item bank. */
@ApiTags('assessment (staff)')
@Authenticated({ roles: ASSESSMENT_ROLES })
@Controller('assessment')
export class AssessmentStaffController {
  constructor(
    private readonly review: AssessmentReviewService,
    private readonly items: ItemAuthoringService,
  ) {}

  @Get('learners')
  @ReturnsList(200, 'AssessedLearner', 'Learners and their latest results')
  @Problems(404)
  learners(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: CohortFilterDto,
  ): Promise<AssessedLearner[]> {
    return this.review.learners(actor, query.cohortId);
  }

  @Get('learners/:learnerId')
  @Returns(200, 'LearnerAssessment', 'A learner’s attempts and placements')
  @Problems(403, 404)
  learner(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
  ): Promise<LearnerAssessment> {
    return this.review.learner(actor, learnerId);
  }

  @Get('attempts/:id/review')
  @Returns(200, 'AttemptReview', 'An attempt, answer by answer')
  @Problems(403, 404)
  attempt(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptReview> {
    return this.review.review(actor, id);
  }

  @Post('attempts/:id/reset')
  @Returns(200, 'AttemptReview', 'The attempt, reset')
  @Problems(403, 404, 409)
  @HttpCode(200)
  reset(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptReview> {
    return this.review.reset(actor, id);
  }

  @Put('attempts/:id/placement')
  @Returns(200, 'AttemptReview', 'The attempt with its placement overridden')
  @Problems(403, 404, 409)
  overridePlacement(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: OverridePlacementDto,
  ): Promise<AttemptReview> {
    return this.review.overridePlacement(actor, id, body);
  }

  @Delete('attempts/:id/placement')
  @Returns(200, 'AttemptReview', 'The attempt with its computed placement again')
  @Problems(403, 404)
  clearPlacement(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptReview> {
    return this.review.clearPlacement(actor, id);
  }

  @Get('items')
  @Returns(200, 'ItemBankView', 'The item bank')
  list(): Promise<ItemBankView> {
    return this.items.list();
  }

  @Post('items')
  @Returns(201, 'AssessmentItemDetail', 'The new item')
  @Problems(404, 409)
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: AssessmentItemDto,
  ): Promise<AssessmentItemDetail> {
    return this.items.create(actor, body);
  }

  @Get('items/:id')
  @Returns(200, 'AssessmentItemDetail')
  @Problems(404)
  item(@Param('id', ParseUuidPipe) id: string): Promise<AssessmentItemDetail> {
    return this.items.detail(id);
  }

  @Patch('items/:id')
  @Returns(200, 'AssessmentItemDetail', 'The item, changed')
  @Problems(404, 409)
  update(
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateAssessmentItemDto,
  ): Promise<AssessmentItemDetail> {
    return this.items.update(id, body);
  }

  @Post('items/:id/retire')
  @Returns(200, 'AssessmentItemDetail', 'The item, retired')
  @Problems(404)
  @HttpCode(200)
  retire(@Param('id', ParseUuidPipe) id: string): Promise<AssessmentItemDetail> {
    return this.items.setStatus(id, AssessmentItemStatus.Retired);
  }

  @Post('items/:id/restore')
  @Returns(200, 'AssessmentItemDetail', 'The item, back in use')
  @Problems(404)
  @HttpCode(200)
  restore(@Param('id', ParseUuidPipe) id: string): Promise<AssessmentItemDetail> {
    return this.items.setStatus(id, AssessmentItemStatus.Active);
  }

  @Get('items/:id/preview')
  @Returns(200, 'ServedItem', 'The item as a learner sees it')
  @Problems(404)
  preview(
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: PreviewQueryDto,
  ): Promise<ServedItem> {
    return this.items.preview(id, query.language ?? FALLBACK_LANGUAGE);
  }
}
