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
import { Problems, Returns, ReturnsList } from '../common/openapi/responses';
import { CalibrationService } from './calibration.service';

const ASSESSMENT_ROLES = CONSOLE_AREAS.find((area) => area.id === 'assessment')?.roles ?? [];

/** Mentors and admins: the item bank's versions, calibrations, and their review. */
@ApiTags('assessment (staff)')
@Authenticated({ roles: ASSESSMENT_ROLES })
@Controller('assessment')
export class BankVersionsController {
  constructor(private readonly calibration: CalibrationService) {}

  @Get('versions')
  @ReturnsList(200, 'BankVersionSummary', 'The item bank’s versions')
  list(): Promise<BankVersionSummary[]> {
    return this.calibration.list();
  }

  @Get('versions/:id')
  @Returns(200, 'BankVersionDetail')
  @Problems(404)
  version(@Param('id', ParseUuidPipe) id: string): Promise<BankVersionDetail> {
    return this.calibration.detail(id);
  }

  /** The proposed version becomes current; the live items get its parameters. */
  @Post('versions/:id/apply')
  @Returns(200, 'BankVersionDetail', 'The version, now current')
  @Problems(404, { 409: 'Only a proposed version can be applied or rejected' })
  @HttpCode(200)
  apply(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<BankVersionDetail> {
    return this.calibration.apply(actor, id);
  }

  @Post('versions/:id/reject')
  @Returns(200, 'BankVersionDetail', 'The version, rejected')
  @Problems(404, { 409: 'Only a proposed version can be applied or rejected' })
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
  @Returns(202, 'CalibrationStarted', 'A calibration has started')
  @Problems({ 409: 'A calibration is running, or too few attempts are completed' })
  @HttpCode(202)
  async calibrate(@CurrentAccount() actor: AuthenticatedAccount): Promise<CalibrationStarted> {
    await this.calibration.startFit(actor);
    return { started: true };
  }
}
