import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type BankVersionDetail,
  type BankVersionSummary,
  type CalibrationStarted,
  CONSOLE_AREAS,
} from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { CalibrationService } from './calibration.service';

const ASSESSMENT_ROLES = CONSOLE_AREAS.find((area) => area.id === 'assessment')?.roles ?? [];

/** Mentors and admins: the item bank's versions, calibrations, and their review. */
@ApiTags('assessment (staff)')
@Authenticated({ roles: ASSESSMENT_ROLES })
@Controller('assessment')
export class BankVersionsController {
  constructor(private readonly calibration: CalibrationService) {}

  @Get('versions')
  list(): Promise<BankVersionSummary[]> {
    return this.calibration.list();
  }

  @Get('versions/:id')
  version(@Param('id', ParseUuidPipe) id: string): Promise<BankVersionDetail> {
    return this.calibration.detail(id);
  }

  /** The proposed version becomes current; the live items get its parameters. */
  @Post('versions/:id/apply')
  @HttpCode(200)
  apply(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<BankVersionDetail> {
    return this.calibration.apply(actor, id);
  }

  @Post('versions/:id/reject')
  @HttpCode(200)
  reject(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<BankVersionDetail> {
    return this.calibration.reject(actor, id);
  }

  /**
   * Starts a fit of the bank on the completed attempts (it takes minutes): 202, and the
   * proposed version appears in the list when done.
   */
  @Post('calibrations')
  @HttpCode(202)
  async calibrate(@CurrentAccount() actor: AuthenticatedAccount): Promise<CalibrationStarted> {
    await this.calibration.startFit(actor);
    return { started: true };
  }
}
