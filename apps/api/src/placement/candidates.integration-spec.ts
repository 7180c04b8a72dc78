import type {
  CandidateMatch,
  CandidateProfileView,
  JobView,
  OrganisationDetail,
  ProfileViewEntry,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { jobRequest, organisationWithOwner, seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { ProfileView } from './entities/profile-view.entity';

describe('candidates for a job', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  let atelier: OrganisationDetail;
  let sud: OrganisationDetail;
  let job: JobView;
  let sudJob: JobView;

  const newJob = (levels: object) =>
    jobRequest({ levels, languages: [{ language: 'ar', skill: 'fluent' }] });

  beforeAll(async () => {
    t = await createTestApp();
    // Samir finished the skills check (in Arabic) and speaks Arabic and French.
    await seedDemoLearners(t);
    for (const role of ['admin', 'learner'] as const) s[role] = await t.signIn(DEMO[role]);
    s['samir'] = await t.signIn('samir@passerelle.local');
    ({ organisation: atelier, owner: s['atelier'] } = await organisationWithOwner(
      t,
      s['admin'],
      'Atelier',
      'hiring@atelier.example',
    ));
    ({ organisation: sud, owner: s['sud'] } = await organisationWithOwner(
      t,
      s['admin'],
      'Sud',
      'hiring@sud.example',
    ));
    job = (
      await as('atelier')
        .post(`/api/organisations/${atelier.id}/jobs`, newJob({ coding: 1, safety: 1 }))
        .expect(201)
    ).body;
    sudJob = (await as('sud').post(`/api/organisations/${sud.id}/jobs`, newJob({})).expect(201))
      .body;
  }, 90_000);
  afterAll(() => t.close());

  const candidates = async (who: string, query = '') =>
    (await as(who).get(`/api/jobs/${job.id}/candidates${query}`).expect(200))
      .body as CandidateMatch[];

  it('shows nobody while learners keep their profile private', async () => {
    expect(await candidates('atelier')).toEqual([]);
    await as('atelier').get(`/api/jobs/${job.id}/candidates/${s['samir'].account.id}`).expect(404);
  });

  it('ranks a consenting candidate on shared evidence only, explaining each requirement', async () => {
    await as('samir')
      .put('/api/me/profile', {
        headline: 'Future web developer',
        bio: '',
        experience: [],
        availableFrom: null,
        hoursPerWeek: 35,
        preferredLocations: ['Lyon'],
        remoteOk: true,
        rightToWork: 'pending',
      })
      .expect(200);
    // Open to work, sharing the language but not the assessment.
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: true, sections: ['languages'] })
      .expect(200);
    let [samir] = await candidates('atelier');
    expect(samir).toMatchObject({ learnerId: s['samir'].account.id, headline: null });
    const statuses = samir.match.checks.map((c) => [c.kind, c.status]);
    expect(statuses).toEqual([
      ['level', 'missing'],
      ['level', 'missing'],
      ['language', 'met'],
    ]);
    expect(samir.match.checks[0].evidence).toBeNull();

    // Sharing the assessment too: the levels count now, with their evidence.
    await as('samir')
      .put('/api/me/profile/consent', {
        openToWork: true,
        sections: ['languages', 'assessment', 'about'],
      })
      .expect(200);
    [samir] = await candidates('atelier');
    expect(samir.headline).toBe('Future web developer');
    expect(samir.match.checks.filter((c) => c.kind === 'level').map((c) => c.status)).toEqual([
      'met',
      'met',
    ]);
    expect(samir.match.score).toBe(100);
    expect(samir.match.checks[0].evidence).toMatchObject({ level: expect.any(Number) });
  });

  it('filters on shared facts only', async () => {
    expect(await candidates('atelier', '?language=ar')).toHaveLength(1);
    expect(await candidates('atelier', '?language=ps')).toHaveLength(0);
    expect(await candidates('atelier', '?area=coding&level=1')).toHaveLength(1);
    expect(await candidates('atelier', '?area=coding&level=8')).toHaveLength(0);
    // Availability is not shared: a location filter cannot match it.
    expect(await candidates('atelier', '?location=lyon')).toHaveLength(0);
    const bad = await as('atelier').get(`/api/jobs/${job.id}/candidates?area=cooking&level=9`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'area',
      'level',
    ]);
  });

  it('shows only shared sections, records the view, and the learner sees who looked', async () => {
    const url = `/api/jobs/${job.id}/candidates/${s['samir'].account.id}`;
    const seen = (await as('atelier').get(url).expect(200)).body as CandidateProfileView;
    expect(seen.sections.sort()).toEqual(['about', 'assessment', 'languages']);
    expect(seen.about?.headline).toBe('Future web developer');
    expect(seen.assessment?.levels).toHaveProperty('coding');
    expect(seen).not.toHaveProperty('sensitive');
    expect(seen).not.toHaveProperty('availability');
    expect(JSON.stringify(seen)).not.toContain('pending');

    const views = (await as('samir').get('/api/me/profile/views').expect(200))
      .body as ProfileViewEntry[];
    expect(views).toEqual([
      expect.objectContaining({
        viewer: { id: s['atelier'].account.id, displayName: 'Hiring at Atelier' },
        organisation: { id: atelier.id, name: 'Atelier' },
        job: { id: job.id, title: 'Junior web developer' },
      }),
    ]);
  });

  it('keeps other organisations out, and records nothing for a refused look', async () => {
    const before = await t.app.get(DataSource).getRepository(ProfileView).count();
    await as('sud').get(`/api/jobs/${job.id}/candidates`).expect(404);
    await as('sud').get(`/api/jobs/${job.id}/candidates/${s['samir'].account.id}`).expect(404);
    await as('learner').get(`/api/jobs/${job.id}/candidates`).expect(403);
    await as('samir').get(`/api/jobs/${sudJob.id}/candidates`).expect(403);
    expect(await t.app.get(DataSource).getRepository(ProfileView).count()).toBe(before);
  });

  it('forgets a candidate at once when consent is withdrawn', async () => {
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: false, sections: ['assessment'] })
      .expect(200);
    expect(await candidates('atelier')).toEqual([]);
    await as('atelier').get(`/api/jobs/${job.id}/candidates/${s['samir'].account.id}`).expect(404);
    const views = (await as('samir').get('/api/me/profile/views').expect(200)).body;
    expect(views).toHaveLength(1);
  });
});
