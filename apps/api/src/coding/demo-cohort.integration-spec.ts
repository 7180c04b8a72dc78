import type { CohortDetail, CohortSummary, CourseView } from '@passerelle/contracts';

import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { AssessmentSeedService } from '../assessment/assessment-seed.service';
import { LearningSeedService } from '../learning/learning-seed.service';
import { CodingService } from './coding.service';
import { CodingSeedService } from './coding-seed.service';
import { ReviewSeedService } from './review-seed.service';

/** The demo world as `npm start` seeds it, checked against the rules the console promises. */
describe('demo cohorts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(LearningSeedService).seedDemoCourses(null);
    await t.app.get(CodingSeedService).seedDemoCourses(null);
    await t.app.get(AssessmentSeedService).seedItemBank();
    await t.app.get(ReviewSeedService).seedDemoCohort(DEMO.mentor, DEMO.learner);
    await t.app.get(AssessmentSeedService).seedDemoAttempts(DEMO.mentor);
    expect(await t.app.get(ReviewSeedService).seedDemoWork()).toBe(true);
    await t.app.get(CodingService).gradeLeftovers();
  }, 120_000);
  afterAll(() => t.close());

  it('enrols every learner of every demo cohort in every course assigned to it, with the progress they see', async () => {
    const admin = requestsAs(t.http, await t.signIn(DEMO.admin));
    const cohorts = (await admin.get('/api/cohorts').expect(200)).body as CohortSummary[];
    expect(cohorts.length).toBeGreaterThan(0);
    let checked = 0;
    for (const summary of cohorts) {
      const cohort = (await admin.get(`/api/cohorts/${summary.id}`).expect(200))
        .body as CohortDetail;
      expect(cohort.courses.length).toBeGreaterThan(0);
      for (const learner of cohort.learners) {
        const own = requestsAs(t.http, await t.signIn(learner.identifier));
        const mine = (await own.get('/api/me/courses').expect(200)).body as CourseView[];
        for (const course of cohort.courses) {
          const view = mine.find((c) => c.id === course.id);
          expect({ learner: learner.identifier, enrolled: view?.enrolled }).toEqual({
            learner: learner.identifier,
            enrolled: true,
          });
          const shown = learner.progress.find((p) => p.courseId === course.id)?.progress;
          expect(shown).toEqual(view?.progress);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('gives Samir and Olena believable progress, graded like anyone’s', async () => {
    const mentor = requestsAs(t.http, await t.signIn(DEMO.mentor));
    const [summary] = (await mentor.get('/api/cohorts').expect(200)).body as CohortSummary[];
    const cohort = (await mentor.get(`/api/cohorts/${summary.id}`).expect(200))
      .body as CohortDetail;
    const completed = Object.fromEntries(
      cohort.learners.map((l) => [l.identifier, l.progress[0].progress.completed]),
    );
    expect(completed).toEqual({
      [DEMO.learner]: 0,
      'samir@passerelle.local': 6,
      'olena@passerelle.local': 3,
    });
    expect(await t.app.get(ReviewSeedService).seedDemoWork()).toBe(false);
  });
});
