import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  FALLBACK_LANGUAGE,
  type MyProfileView,
  type ProfileViewEntry,
  Role,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { Problems, Returns, ReturnsList, ReturnsNothing } from '../common/openapi/responses';
import { CandidatesService } from './candidates.service';
import { ConsentDto, EndorsementDto, ProfileDto } from './dto/profile.dto';
import { ProfilesService } from './profiles.service';

/** The learner's candidate profile and consent; mentors' endorsements. */
@ApiTags('profiles')
@Controller()
export class ProfilesController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly candidates: CandidatesService,
  ) {}

  @Get('me/profile')
  @Returns(200, 'MyProfileView', 'The learner’s profile, consent and evidence')
  @Authenticated({ roles: [Role.Learner] })
  mine(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<MyProfileView> {
    return this.profiles.mine(actor, query.lang ?? FALLBACK_LANGUAGE);
  }

  /** Who viewed the learner's profile, for which organisation and job, newest first. */
  @Get('me/profile/views')
  @ReturnsList(200, 'ProfileViewEntry', 'Who viewed the profile, newest first')
  @Authenticated({ roles: [Role.Learner] })
  views(@CurrentAccount() actor: AuthenticatedAccount): Promise<ProfileViewEntry[]> {
    return this.candidates.viewsOf(actor.id);
  }

  @Put('me/profile')
  @Returns(200, 'MyProfileView', 'The profile, saved')
  @Authenticated({ roles: [Role.Learner] })
  save(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: ProfileDto,
    @Query() query: LanguageQueryDto,
  ): Promise<MyProfileView> {
    return this.profiles.save(actor, body, query.lang ?? FALLBACK_LANGUAGE);
  }

  @Put('me/profile/consent')
  @Returns(200, 'MyProfileView', 'The profile with the new consent')
  @Authenticated({ roles: [Role.Learner] })
  consent(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: ConsentDto,
    @Query() query: LanguageQueryDto,
  ): Promise<MyProfileView> {
    return this.profiles.consent(actor, body, query.lang ?? FALLBACK_LANGUAGE);
  }

  /** A mentor endorses a learner in one of their cohorts (admins: any learner). */
  @Post('learners/:learnerId/endorsements')
  @ReturnsNothing(204, 'The learner is endorsed')
  @Problems({ 403: 'Not a learner of the mentor’s cohorts' }, 404)
  @Authenticated({ roles: [Role.Mentor, Role.Admin] })
  @HttpCode(204)
  endorse(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('learnerId', ParseUuidPipe) learnerId: string,
    @Body() body: EndorsementDto,
  ): Promise<void> {
    return this.profiles.endorse(actor, learnerId, body.body);
  }
}
