import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

/**
 * Job placement: partner organisations and their employers (jobs, candidate profiles,
 * consent and the hiring pipeline come next). It reads the other domains' evidence; nothing
 * depends on it.
 */
@Module({
  imports: [IdentityModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
})
export class PlacementModule {}
