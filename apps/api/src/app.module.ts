import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AssessmentModule } from './assessment/assessment.module';
import { CodingModule } from './coding/coding.module';
import { AccessTokenGuard } from './common/auth/access-token.guard';
import { RolesGuard } from './common/auth/roles.guard';
import { AppThrottlerGuard, throttlers } from './common/http/throttling';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { AppConfig, SETTINGS_KEY } from './config/app-config';
import type { Settings } from './config/settings';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { IdentityModule } from './identity/identity.module';
import { LearningModule } from './learning/learning.module';
import { PlacementModule } from './placement/placement.module';

@Module({})
class ConfigHolderModule {}

/** The API, built for validated settings and the URL of the database it should use. */
@Module({})
export class AppModule {
  static register(settings: Settings, databaseUrl: string): DynamicModule {
    const config: DynamicModule = {
      module: ConfigHolderModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ [SETTINGS_KEY]: settings })] }),
      ],
      providers: [AppConfig],
      exports: [AppConfig],
    };
    return {
      module: AppModule,
      imports: [
        config,
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          migrationsRun: settings.runMigrations,
          // Fail fast on a wrong DATABASE_URL rather than retrying for half a minute.
          retryAttempts: 2,
          retryDelay: 1000,
        }),
        ThrottlerModule.forRoot({ throttlers: throttlers(settings) }),
        HealthModule,
        IdentityModule,
        LearningModule,
        CodingModule,
        AssessmentModule,
        PlacementModule,
        HomeModule,
      ],
      providers: [
        // Global guards run in this order: throttling, then the access token, then roles.
        { provide: APP_GUARD, useClass: AppThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessTokenGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
