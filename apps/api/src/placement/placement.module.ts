import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { PlacementSeedService } from './placement-seed.service';

/**
 * Job placement: partner organisations, their employers and their job postings (candidate
 * profiles, consent and the hiring pipeline come next). It reads the other domains' evidence; nothing
 * depends on it.
 */
@Module({
  imports: [IdentityModule],
  controllers: [OrganisationsController, JobsController],
  providers: [JobsService, OrganisationsService, PlacementSeedService],
  exports: [PlacementSeedService],
})
export class PlacementModule {}
