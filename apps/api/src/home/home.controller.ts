import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AdminHome, type EmployerHome, type MentorHome, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { HomeService } from './home.service';

/** The console's home page, one read per role, each over what that account may see. */
@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get('mentor')
  @Authenticated({ roles: [Role.Mentor] })
  @ApiOkResponse({ description: 'What waits for the mentor in their own cohorts' })
  mentor(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<MentorHome> {
    return this.home.mentor(actor, query.lang);
  }

  @Get('employer')
  @Authenticated({ roles: [Role.Employer] })
  @ApiOkResponse({ description: 'New applications and open jobs of the employer’s organisation' })
  employer(@CurrentAccount() actor: AuthenticatedAccount): Promise<EmployerHome> {
    return this.home.employer(actor);
  }

  @Get('admin')
  @Authenticated({ roles: [Role.Admin] })
  @ApiOkResponse({ description: 'The platform at a glance' })
  admin(): Promise<AdminHome> {
    return this.home.admin();
  }
}
