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
  learners(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: CohortFilterDto,
  ): Promise<AssessedLearner[]> {
    return this.review.learners(actor, query.cohortId);
  }

  @Get('learners/:learnerId')
  learner(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
  ): Promise<LearnerAssessment> {
    return this.review.learner(actor, learnerId);
  }

  @Get('attempts/:id/review')
  attempt(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptReview> {
    return this.review.review(actor, id);
  }

  @Post('attempts/:id/reset')
  @HttpCode(200)
  reset(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptReview> {
    return this.review.reset(actor, id);
  }

  @Put('attempts/:id/placement')
  overridePlacement(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: OverridePlacementDto,
  ): Promise<AttemptReview> {
    return this.review.overridePlacement(actor, id, body);
  }

  @Delete('attempts/:id/placement')
  clearPlacement(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AttemptReview> {
    return this.review.clearPlacement(actor, id);
  }

  @Get('items')
  list(): Promise<ItemBankView> {
    return this.items.list();
  }

  @Post('items')
  create(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: AssessmentItemDto,
  ): Promise<AssessmentItemDetail> {
    return this.items.create(actor, body);
  }

  @Get('items/:id')
  item(@Param('id', ParseUuidPipe) id: string): Promise<AssessmentItemDetail> {
    return this.items.detail(id);
  }

  @Patch('items/:id')
  update(
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateAssessmentItemDto,
  ): Promise<AssessmentItemDetail> {
    return this.items.update(id, body);
  }

  @Post('items/:id/retire')
  @HttpCode(200)
  retire(@Param('id', ParseUuidPipe) id: string): Promise<AssessmentItemDetail> {
    return this.items.setStatus(id, AssessmentItemStatus.Retired);
  }

  @Post('items/:id/restore')
  @HttpCode(200)
  restore(@Param('id', ParseUuidPipe) id: string): Promise<AssessmentItemDetail> {
    return this.items.setStatus(id, AssessmentItemStatus.Active);
  }

  @Get('items/:id/preview')
  preview(
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: PreviewQueryDto,
  ): Promise<ServedItem> {
    return this.items.preview(id, query.language ?? FALLBACK_LANGUAGE);
  }
}
