import { Module } from '@nestjs/common';

import { CohortsModule } from '../cohorts/cohorts.module';
import { IdentityModule } from '../identity/identity.module';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { PlacementSeedService } from './placement-seed.service';
import { ProfileEvidenceService } from './profile-evidence.service';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';

/**
 * Job placement: partner organisations, their employers and their job postings; learners'
 * candidate profiles with their consent and the evidence behind them (employers' views of
 * candidates and the hiring pipeline come next). It reads the other domains' evidence; nothing
 * depends on it.
 */
@Module({
  imports: [IdentityModule, CohortsModule],
  controllers: [OrganisationsController, JobsController, ProfilesController],
  providers: [
    JobsService,
    OrganisationsService,
    PlacementSeedService,
    ProfileEvidenceService,
    ProfilesService,
  ],
  exports: [PlacementSeedService],
})
export class PlacementModule {}
