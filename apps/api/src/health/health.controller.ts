import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { getHealthCheckSchema } from '@nestjs/terminus/dist/health-check/health-check.schema';

import { Public } from '../common/auth/decorators';
import { Problems, ReturnsSchema } from '../common/openapi/responses';
import { ServiceUnavailable } from '../common/problem/app-error';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/problem/database-unreachable';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /**
   * 200 when the database answers within a second and a half; else a 503 problem with
   * `database: "down"` and `Retry-After`, like every request that needs the database then.
   */
  @Get()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ReturnsSchema(200, getHealthCheckSchema('ok'), 'The database answers')
  @Problems({ 503: 'The database does not answer (`database: "down"`, see `Retry-After`)' })
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ServiceUnavailable('The database does not answer.', DATABASE_RETRY_AFTER_SECONDS, {
        database: 'down',
      });
    }
  }
}
