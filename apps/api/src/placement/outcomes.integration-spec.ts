import type {
  CreatedInvitationResponse,
  JobView,
  OutcomesView,
  PipelineEntry,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { jobRequest, organisationWithOwner, seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { Enrolment } from '../learning/entities/enrolment.entity';

describe('placement outcomes', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoLearners(t);
    for (const role of ['admin', 'mentor', 'employer', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    s['samir'] = await t.signIn('samir@passerelle.local');
    const { organisation: atelier, owner } = await organisationWithOwner(
      t,
      s['admin'],
      'Atelier',
      'hiring@atelier.example',
    );
    s['atelier'] = owner;

    // Samir finished JavaScript foundations ten days ago…
    const courses = (await as('learner').get('/api/courses').expect(200)).body as {
      id: string;
      slug: string;
    }[];
    const js = courses.find((c) => c.slug === 'javascript-foundations')?.id as string;
    await as('samir').post(`/api/courses/${js}/enrolments`, {}).expect(200);
    await t.app
      .get(DataSource)
      .getRepository(Enrolment)
      .update(
        { learnerId: s['samir'].account.id, courseId: js },
        { completedAt: new Date(Date.now() - 10 * 86_400_000) },
      );
    // …and is hired today through the pipeline.
    const job = (
      await as('atelier').post(`/api/organisations/${atelier.id}/jobs`, jobRequest()).expect(201)
    ).body as JobView;
    await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'open' }).expect(200);
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: true, sections: [] })
      .expect(200);
    const entry = (
      await as('atelier')
        .post(`/api/jobs/${job.id}/pipeline`, { learnerId: s['samir'].account.id })
        .expect(201)
    ).body as PipelineEntry;
    const move = (stage: string) =>
      as('atelier').post(`/api/applications/${entry.id}/stage`, { stage }).expect(200);
    await move('invited');
    await as('samir')
      .post(`/api/me/applications/${entry.id}/invitation`, { accept: true })
      .expect(200);
    await move('interviewed');
    await move('offered');
    await move('hired');
  }, 90_000);
  afterAll(() => t.close());

  it('counts a mentor’s cohorts: shortlisted, interviewed, hired, and the time to hire', async () => {
    const outcomes = (await as('mentor').get('/api/outcomes').expect(200)).body as OutcomesView;
    expect(outcomes.byCohort).toEqual([
      expect.objectContaining({
        name: 'Demo cohort',
        learners: 3,
        shortlisted: 1,
        interviewed: 1,
        hired: 1,
      }),
    ]);
    expect(outcomes.byCourse).toEqual([
      expect.objectContaining({
        title: 'JavaScript foundations',
        learners: 1,
        hired: 1,
        medianDaysToHire: 10,
      }),
    ]);
  });

  it('is for mentors and admins, each seeing their own', async () => {
    await as('employer').get('/api/outcomes').expect(403);
    await as('learner').get('/api/outcomes').expect(403);
    const all = (await as('admin').get('/api/outcomes').expect(200)).body as OutcomesView;
    expect(all.byCohort.map((c) => c.name)).toEqual(['Demo cohort']);
    const invited = (
      await as('admin')
        .post('/api/invitations', {
          email: 'other.mentor@example.org',
          displayName: 'Other mentor',
          role: 'mentor',
        })
        .expect(201)
    ).body as CreatedInvitationResponse;
    s['other'] = (
      await t.http
        .post('/api/invitations/accept')
        .send({ token: invited.link.split('#token=')[1], password: 'a long password' })
        .expect(200)
    ).body;
    expect((await as('other').get('/api/outcomes').expect(200)).body).toEqual({
      byCohort: [],
      byCourse: [],
    });
  });
});
