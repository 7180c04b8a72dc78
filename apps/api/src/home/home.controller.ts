import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AdminHome, type EmployerHome, type MentorHome, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { LanguageQueryDto } from '../common/i18n/language-query.dto';
import { Returns } from '../common/openapi/responses';
import { HomeService } from './home.service';

/** The console's home page, one read per role, each over what that account may see. */
@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get('mentor')
  @Returns(200, 'MentorHome', 'What waits for the mentor in their own cohorts')
  @Authenticated({ roles: [Role.Mentor] })
  mentor(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Query() query: LanguageQueryDto,
  ): Promise<MentorHome> {
    return this.home.mentor(actor, query.lang);
  }

  @Get('employer')
  @Returns(200, 'EmployerHome', 'New applications and open jobs of the employer’s organisation')
  @Authenticated({ roles: [Role.Employer] })
  employer(@CurrentAccount() actor: AuthenticatedAccount): Promise<EmployerHome> {
    return this.home.employer(actor);
  }

  @Get('admin')
  @Returns(200, 'AdminHome', 'The platform at a glance')
  @Authenticated({ roles: [Role.Admin] })
  admin(): Promise<AdminHome> {
    return this.home.admin();
  }
}
