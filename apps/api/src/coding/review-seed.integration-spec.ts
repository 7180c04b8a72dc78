import type { CohortDetail, CohortSummary, Page, ReviewFeedEntry } from '@passerelle/contracts';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';
import { CodingService } from './coding.service';
import { CodingSeedService } from './coding-seed.service';
import { DEMO_COHORT, ReviewSeedService } from './review-seed.service';

describe('demo data for review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CodingSeedService).seedDemoCourses(null);
  }, 30_000);
  afterAll(() => t.close());

  it('gives the demo mentor a cohort with a learner who asks for help, once', async () => {
    const seed = t.app.get(ReviewSeedService);
    expect(await seed.seedDemoCohort(DEMO.mentor, DEMO.learner)).toBe(true);
    expect(await seed.seedDemoCohort(DEMO.mentor, DEMO.learner)).toBe(false);
    expect(await t.app.get(CodingService).gradeLeftovers()).toBe(1);

    const mentor = await t.signIn(DEMO.mentor);
    const cohorts = (await t.http.get('/api/cohorts').set(...bearer(mentor)))
      .body as CohortSummary[];
    expect(cohorts).toEqual([
      expect.objectContaining({ name: DEMO_COHORT, learnerCount: 1, courseCount: 1 }),
    ]);
    // The cohort's overview counts the help request, which coding supplies to learning.
    const detail = (await t.http.get(`/api/cohorts/${cohorts[0].id}`).set(...bearer(mentor)))
      .body as CohortDetail;
    expect(detail.learners.map((l) => l.helpRequests)).toEqual([1]);
    const feed = (
      await t.http.get('/api/review/submissions?status=needs-help').set(...bearer(mentor))
    ).body as Page<ReviewFeedEntry>;
    expect(feed.items).toEqual([
      expect.objectContaining({ itemTitle: 'Two for one', status: 'fail', needsHelp: true }),
    ]);
    const learner = await t.signIn(DEMO.learner);
    const mine = (await t.http.get('/api/me/courses').set(...bearer(learner))).body;
    expect(mine.map((c: { slug: string }) => c.slug)).toEqual(['javascript-foundations']);
  });
});
