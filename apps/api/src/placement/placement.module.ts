import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { LearningModule } from '../learning/learning.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { ContactController } from './contact.controller';
import { ContactService } from './contact.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { MyDataController } from './my-data.controller';
import { MyDataService } from './my-data.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';
import { PlacementSeedService } from './placement-seed.service';
import { ProfileEvidenceService } from './profile-evidence.service';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';

/**
 * Job placement: partner organisations, their employers and their job postings; learners'
 * candidate profiles with their consent and the evidence behind them employers' ranked, explained and audited view of candidates; the hiring
 * pipeline and learners' applications. It reads the other domains' evidence; nothing
 * depends on it.
 */
@Module({
  imports: [IdentityModule, LearningModule],
  controllers: [
    OrganisationsController,
    JobsController,
    CandidatesController,
    PipelineController,
    ApplicationsController,
    ProfilesController,
    ContactController,
    OutcomesController,
    MyDataController,
  ],
  providers: [
    ApplicationsService,
    CandidatesService,
    ContactService,
    JobsService,
    MyDataService,
    OrganisationsService,
    OutcomesService,
    PipelineService,
    PlacementSeedService,
    ProfileEvidenceService,
    ProfilesService,
  ],
  exports: [PlacementSeedService],
})
export class PlacementModule {}
