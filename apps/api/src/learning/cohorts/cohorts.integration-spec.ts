import type { CohortDetail, CohortSummary, SessionResponse } from '@passerelle/contracts';

import { invitedStaff } from '../../../test/accounts';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../../test/test-app';
import { LearningSeedService } from '../learning-seed.service';

describe('cohorts', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  let courseId: string;
  let cohort: CohortDetail;

  const as = (who: string) => requestsAs(t.http, s[who]);

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(LearningSeedService).seedDemoCourses(null);
    for (const role of ['admin', 'mentor', 'employer', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    s['newcomer'] = (
      await t.http.post('/api/auth/sign-up').send({
        username: 'yonas',
        password: 'a long password',
        displayName: 'Yonas',
        preferredLanguage: 'en',
      })
    ).body as SessionResponse;
    s['other'] = await invitedStaff(t, s['admin'], {
      email: 'second.mentor@example.org',
      displayName: 'Second mentor',
      role: 'mentor',
    });
    const courses = (await as('learner').get('/api/courses').expect(200)).body;
    courseId = courses.find((c: { slug: string }) => c.slug === 'digital-basics').id;
  }, 30_000);
  afterAll(() => t.close());

  it('lets a mentor create a cohort of their own', async () => {
    cohort = (await as('mentor').post('/api/cohorts', { name: '  Lyon evening  ' }).expect(201))
      .body as CohortDetail;
    expect(cohort).toMatchObject({
      name: 'Lyon evening',
      mentor: { id: s['mentor'].account.id },
      learnerCount: 0,
      courses: [],
      learners: [],
    });
    const mine = (await as('mentor').get('/api/cohorts').expect(200)).body as CohortSummary[];
    expect(mine.map((c) => c.id)).toEqual([cohort.id]);
    expect((await as('other').get('/api/cohorts').expect(200)).body).toEqual([]);
    const all = (await as('admin').get('/api/cohorts').expect(200)).body as CohortSummary[];
    expect(all.map((c) => c.id)).toContain(cohort.id);
  });

  it('enrols every learner in an assigned course, and learners who join later too', async () => {
    let detail = (
      await as('mentor')
        .post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'LEARNER@passerelle.local ' })
        .expect(200)
    ).body as CohortDetail;
    expect(detail.learners.map((l) => l.displayName)).toHaveLength(1);
    detail = (
      await as('mentor').post(`/api/cohorts/${cohort.id}/courses`, { courseId }).expect(200)
    ).body as CohortDetail;
    expect(detail.courses).toEqual([
      { id: courseId, title: 'Digital basics', status: 'published' },
    ]);
    expect(detail.learners[0].progress[0]).toMatchObject({
      courseId,
      progress: { completed: 0, percent: 0 },
      completedAt: null,
    });
    const learnerCourses = (await as('learner').get('/api/me/courses').expect(200)).body;
    expect(learnerCourses.map((c: { id: string }) => c.id)).toContain(courseId);

    detail = (
      await as('mentor')
        .post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'yonas' })
        .expect(200)
    ).body as CohortDetail;
    expect(detail.learnerCount).toBe(2);
    const yonasCourses = (await as('newcomer').get('/api/me/courses').expect(200)).body;
    expect(yonasCourses.map((c: { id: string }) => c.id)).toEqual([courseId]);
  });

  it('shows each learner’s progress in the cohort’s courses', async () => {
    const outline = (await as('newcomer').get(`/api/courses/${courseId}`).expect(200)).body;
    const lesson = outline.modules[0].items[0];
    await as('newcomer').post(`/api/courses/${courseId}/items/${lesson.id}/completion`).expect(200);
    const detail = (await as('mentor').get(`/api/cohorts/${cohort.id}?lang=fr`).expect(200))
      .body as CohortDetail;
    expect(detail.courses[0].title).toBe('Les bases du numérique');
    const yonas = detail.learners.find((l) => l.identifier === 'yonas');
    expect(yonas?.progress[0].progress.completed).toBe(1);
  });

  it('keeps enrolments and progress when a learner leaves or a course is unassigned', async () => {
    const yonas = s['newcomer'].account.id;
    let detail = (
      await as('mentor').delete(`/api/cohorts/${cohort.id}/learners/${yonas}`).expect(200)
    ).body as CohortDetail;
    expect(detail.learnerCount).toBe(1);
    const still = (await as('newcomer').get('/api/me/courses').expect(200)).body;
    expect(still[0].progress.completed).toBe(1);
    detail = (
      await as('mentor').delete(`/api/cohorts/${cohort.id}/courses/${courseId}`).expect(200)
    ).body as CohortDetail;
    expect(detail.courses).toEqual([]);
    expect((await as('learner').get('/api/me/courses').expect(200)).body).toHaveLength(1);
    await as('mentor').delete(`/api/cohorts/${cohort.id}/courses/${courseId}`).expect(404);
    await as('mentor').delete(`/api/cohorts/${cohort.id}/learners/${yonas}`).expect(404);
  });

  it('keeps a cohort to its mentor and admins', async () => {
    await as('other').get(`/api/cohorts/${cohort.id}`).expect(403);
    await as('other')
      .post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'yonas' })
      .expect(403);
    await as('other').patch(`/api/cohorts/${cohort.id}`, { name: 'Mine now' }).expect(403);
    await as('other').delete(`/api/cohorts/${cohort.id}`).expect(403);
    await as('learner').get('/api/cohorts').expect(403);
    await as('employer').post('/api/cohorts', { name: 'Hires' }).expect(403);
    const renamed = (
      await as('admin').patch(`/api/cohorts/${cohort.id}`, { name: 'Lyon' }).expect(200)
    ).body as CohortDetail;
    expect(renamed.name).toBe('Lyon');
  });

  it('lets an admin create a cohort for a mentor, and only for a mentor', async () => {
    const made = (
      await as('admin')
        .post('/api/cohorts', { name: 'Saturday', mentorId: s['other'].account.id })
        .expect(201)
    ).body as CohortDetail;
    expect(made.mentor.displayName).toBe('Second mentor');
    const notMentor = await as('admin')
      .post('/api/cohorts', { name: 'Saturday', mentorId: s['learner'].account.id })
      .expect(400);
    expect(notMentor.body.errors[0].field).toBe('mentorId');
    const forOther = await as('mentor')
      .post('/api/cohorts', { name: 'Saturday', mentorId: s['other'].account.id })
      .expect(400);
    expect(forOther.body.errors[0].field).toBe('mentorId');
    await as('other').delete(`/api/cohorts/${made.id}`).expect(204);
    await as('other').get(`/api/cohorts/${made.id}`).expect(404);
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const blank = await as('mentor').post('/api/cohorts', { name: '   ' }).expect(400);
    expect(blank.body.errors[0].field).toBe('name');
    const long = await as('mentor')
      .post('/api/cohorts', { name: 'x'.repeat(81) })
      .expect(400);
    expect(long.body.errors[0].field).toBe('name');
    await as('mentor').post('/api/cohorts', { name: 'A', extra: true }).expect(400);
    const unknown = await as('mentor')
      .post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'nobody@example.org' })
      .expect(400);
    expect(unknown.body.errors[0].field).toBe('identifier');
    const staff = await as('mentor')
      .post(`/api/cohorts/${cohort.id}/learners`, { identifier: DEMO.employer })
      .expect(400);
    expect(staff.body.errors[0].code).toBe('isLearner');
    const badCourse = await as('mentor')
      .post(`/api/cohorts/${cohort.id}/courses`, { courseId: 'not-a-uuid' })
      .expect(400);
    expect(badCourse.body.errors[0].field).toBe('courseId');
    await as('mentor')
      .post(`/api/cohorts/${cohort.id}/courses`, {
        courseId: '6f1c1f4e-0000-4000-8000-000000000000',
      })
      .expect(400);
    await as('mentor').get('/api/cohorts/6f1c1f4e-0000-4000-8000-000000000000').expect(404);
    await as('mentor').get('/api/cohorts/nope').expect(400);
  });
});
