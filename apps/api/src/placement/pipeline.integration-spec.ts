import type {
  JobMatchView,
  JobView,
  MyApplication,
  OrganisationDetail,
  PipelineEntry,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { jobRequest, organisationWithOwner, seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { ApplicationEvent } from './entities/application-event.entity';

describe('hiring pipeline', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  let atelier: OrganisationDetail;
  let job: JobView;
  let entry: PipelineEntry;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoLearners(t);
    for (const role of ['admin', 'learner'] as const) s[role] = await t.signIn(DEMO[role]);
    s['samir'] = await t.signIn('samir@passerelle.local');
    s['olena'] = await t.signIn('olena@passerelle.local');
    ({ organisation: atelier, owner: s['atelier'] } = await organisationWithOwner(
      t,
      s['admin'],
      'Atelier',
      'hiring@atelier.example',
    ));
    ({ owner: s['sud'] } = await organisationWithOwner(t, s['admin'], 'Sud', 'hiring@sud.example'));
    job = (
      await as('atelier')
        .post(`/api/organisations/${atelier.id}/jobs`, jobRequest({ levels: { coding: 2 } }))
        .expect(201)
    ).body;
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: true, sections: ['assessment'] })
      .expect(200);
  }, 90_000);
  afterAll(() => t.close());

  it('takes candidates into the pipeline of an open job only', async () => {
    const url = `/api/jobs/${job.id}/pipeline`;
    await as('atelier').post(url, { learnerId: s['samir'].account.id }).expect(409);
    await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'open' }).expect(200);
    // Olena keeps her profile private: she cannot be added.
    await as('atelier').post(url, { learnerId: s['olena'].account.id }).expect(404);
    entry = (await as('atelier').post(url, { learnerId: s['samir'].account.id }).expect(201)).body;
    expect(entry).toMatchObject({ stage: 'shortlisted', source: 'employer', contact: null });
    expect(entry.events).toEqual([
      expect.objectContaining({ from: null, to: 'shortlisted', by: expect.any(Object) }),
    ]);
    await as('atelier').post(url, { learnerId: s['samir'].account.id }).expect(409);
    await as('sud').get(url).expect(404);
  });

  it('moves forward one stage at a time, records who and when, and never backwards', async () => {
    const move = (stage: string, reason?: string) =>
      as('atelier').post(`/api/applications/${entry.id}/stage`, { stage, reason });
    await move('interviewed').expect(409);
    await move('suggested').expect(409);
    await move('hired').expect(409);
    await move('promoted').expect(400);
    entry = (await move('invited').expect(200)).body;
    // The interview needs the candidate's yes first.
    await move('interviewed').expect(409);
    await as('sud')
      .post(`/api/applications/${entry.id}/stage`, { stage: 'rejected', reason: 'x' })
      .expect(404);

    // The learner sees the invitation and accepts it: contact details are shared.
    const mine = (await as('samir').get('/api/me/applications').expect(200))
      .body as MyApplication[];
    expect(mine).toEqual([
      expect.objectContaining({ id: entry.id, stage: 'invited', invitationResponse: null }),
    ]);
    await as('learner')
      .post(`/api/me/applications/${entry.id}/invitation`, { accept: true })
      .expect(404);
    await as('samir')
      .post(`/api/me/applications/${entry.id}/invitation`, { accept: true })
      .expect(200);
    await as('samir')
      .post(`/api/me/applications/${entry.id}/invitation`, { accept: false })
      .expect(409);
    const [seen] = (await as('atelier').get(`/api/jobs/${job.id}/pipeline`).expect(200))
      .body as PipelineEntry[];
    expect(seen.contact).toEqual({ via: 'email', email: 'samir@passerelle.local' });

    entry = (await move('interviewed').expect(200)).body;
    await move('rejected').expect(400);
    await move('rejected', '   ').expect(400);
    entry = (await move('rejected', 'We chose someone with more experience.').expect(200)).body;
    expect(entry).toMatchObject({
      stage: 'rejected',
      rejectionReason: 'We chose someone with more experience.',
    });
    await move('offered').expect(409);
    expect(entry.events.map((e) => [e.from, e.to])).toEqual([
      [null, 'shortlisted'],
      ['shortlisted', 'invited'],
      ['invited', 'interviewed'],
      ['interviewed', 'rejected'],
    ]);
    expect(entry.events.every((e) => e.by?.displayName === 'Hiring at Atelier' && e.at)).toBe(true);
  });

  it('lets learners see matching jobs, apply once, and withdraw', async () => {
    const jobs = (await as('olena').get('/api/me/jobs').expect(200)).body as JobMatchView[];
    expect(jobs.map((j) => j.jobId)).toEqual([job.id]);
    expect(jobs[0].match.checks[0]).toMatchObject({
      kind: 'level',
      requirement: { area: 'coding', level: 2 },
    });
    const applied = (
      await as('olena')
        .post(`/api/jobs/${job.id}/applications`, { message: 'I would love to learn.' })
        .expect(201)
    ).body as MyApplication;
    expect(applied).toMatchObject({ stage: 'suggested', message: 'I would love to learn.' });
    await as('olena').post(`/api/jobs/${job.id}/applications`, { message: 'Again' }).expect(409);
    await as('samir').post(`/api/jobs/${job.id}/applications`, { message: 'Me too' }).expect(409);

    // Her profile is private, but what she sent with the application is visible to the job.
    const pipeline = (await as('atelier').get(`/api/jobs/${job.id}/pipeline`).expect(200))
      .body as PipelineEntry[];
    expect(pipeline.find((p) => p.learnerId === s['olena'].account.id)?.message).toBe(
      'I would love to learn.',
    );
    await as('atelier').get(`/api/jobs/${job.id}/candidates/${s['olena'].account.id}`).expect(200);
    // Other learners never read her applications.
    await as('samir').post(`/api/me/applications/${applied.id}/withdraw`).expect(404);

    const withdrawn = (
      await as('olena').post(`/api/me/applications/${applied.id}/withdraw`).expect(200)
    ).body;
    expect(withdrawn).toMatchObject({ message: null, withdrawnAt: expect.any(String) });
    await as('olena').post(`/api/me/applications/${applied.id}/withdraw`).expect(409);
    // Applying again starts afresh; withdrawing once more takes it away again.
    const again = (
      await as('olena')
        .post(`/api/jobs/${job.id}/applications`, { message: 'Second try.' })
        .expect(201)
    ).body as MyApplication;
    expect(again).toMatchObject({ id: applied.id, stage: 'suggested', withdrawnAt: null });
    await as('olena').post(`/api/me/applications/${applied.id}/withdraw`).expect(200);
    const after = (await as('atelier').get(`/api/jobs/${job.id}/pipeline`).expect(200))
      .body as PipelineEntry[];
    expect(after.map((p) => p.learnerId)).toEqual([s['samir'].account.id]);
    await as('atelier').get(`/api/jobs/${job.id}/candidates/${s['olena'].account.id}`).expect(404);
  });

  it('keeps notes within the organisation', async () => {
    const url = `/api/jobs/${job.id}/candidates/${s['samir'].account.id}/notes`;
    const notes = (await as('atelier').post(url, { body: 'Strong on logic.' }).expect(201)).body;
    expect(notes).toEqual([
      expect.objectContaining({
        body: 'Strong on logic.',
        author: expect.objectContaining({ displayName: 'Hiring at Atelier' }),
      }),
    ]);
    await as('atelier').post(url, { body: '' }).expect(400);
    await as('sud').get(url).expect(404);
    await as('samir').get(url).expect(403);
    expect(await t.app.get(DataSource).getRepository(ApplicationEvent).count()).toBeGreaterThan(4);
  });
});
