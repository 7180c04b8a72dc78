import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { HelpRequestCounts } from '../learning/cohorts/help-requests';

/** Counts learners' open help requests from their submissions, for the cohorts' overview. */
@Injectable()
export class SubmissionHelpRequestCounts extends HelpRequestCounts {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async byLearner(learnerIds: string[]): Promise<Map<string, number>> {
    if (learnerIds.length === 0) return new Map();
    const rows: { learner_id: string; count: number }[] = await this.db.query(
      `SELECT learner_id, count(*)::int AS count FROM submissions
        WHERE help_requested_at IS NOT NULL AND learner_id = ANY($1) GROUP BY learner_id`,
      [learnerIds],
    );
    return new Map(rows.map((r) => [r.learner_id, r.count]));
  }
}

/**
 * Provides learning's HelpRequestCounts to the whole application, so the cohorts (in learning)
 * get the counts without learning importing anything from coding.
 */
@Global()
@Module({
  providers: [{ provide: HelpRequestCounts, useClass: SubmissionHelpRequestCounts }],
  exports: [HelpRequestCounts],
})
export class HelpRequestCountsModule {}
