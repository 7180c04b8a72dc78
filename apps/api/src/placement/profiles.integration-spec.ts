import {
  type CohortDetail,
  type MyProfileView,
  ProblemType,
  type SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';

const PROFILE = {
  headline: '  Junior web developer ',
  bio: 'I built a website for my cousin’s shop.',
  experience: [
    {
      title: 'Shop assistant',
      organisation: 'Corner shop',
      from: '2019-03',
      to: '2022-08',
      description: '',
    },
  ],
  availableFrom: '2027-01-04',
  hoursPerWeek: 35,
  preferredLocations: ['Lyon'],
  remoteOk: true,
  rightToWork: 'pending',
};

describe('candidate profiles', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoLearners(t);
    for (const role of ['admin', 'mentor', 'employer', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    s['samir'] = await t.signIn('samir@passerelle.local');
    s['other'] = (
      await t.http
        .post('/api/auth/sign-up')
        .send({
          username: 'other',
          password: 'a long password',
          displayName: 'Other',
          preferredLanguage: 'en',
        })
        .expect(201)
    ).body;
  }, 90_000);
  afterAll(() => t.close());

  it('is private by default and holds the evidence the platform has', async () => {
    const mine = (await as('samir').get('/api/me/profile').expect(200)).body as MyProfileView;
    expect(mine.consent).toEqual({ openToWork: false, sections: [], updatedAt: null });
    expect(mine.profile).toMatchObject({ headline: '', experience: [], rightToWork: null });
    expect(mine.evidence.assessment?.levels).toHaveProperty('coding');
    expect(mine.evidence.languages.map((l) => l.language)).toEqual(['ar', 'fr']);
    expect(mine.evidence.passedExercises.count).toBe(0);
  });

  it('saves what the learner writes, refusing bad input whole', async () => {
    const bad = await as('samir')
      .put('/api/me/profile', {
        ...PROFILE,
        hoursPerWeek: 100,
        rightToWork: 'maybe',
        experience: [{ ...PROFILE.experience[0], from: 'March 2019' }],
      })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'experience.0.from',
      'hoursPerWeek',
      'rightToWork',
    ]);
    expect((await as('samir').get('/api/me/profile').expect(200)).body.profile.headline).toBe('');

    const saved = (await as('samir').put('/api/me/profile', PROFILE).expect(200))
      .body as MyProfileView;
    expect(saved.profile).toMatchObject({ ...PROFILE, headline: 'Junior web developer' });
    expect(saved.profile.updatedAt).not.toBeNull();
    expect(saved.consent.openToWork).toBe(false);
  });

  it('records consent per section, and its withdrawal', async () => {
    const open = (
      await as('samir')
        .put('/api/me/profile/consent', {
          openToWork: true,
          sections: ['assessment', 'about', 'assessment'],
        })
        .expect(200)
    ).body as MyProfileView;
    expect(open.consent).toMatchObject({ openToWork: true, sections: ['assessment', 'about'] });
    expect(open.profile.headline).toBe('Junior web developer');
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: true, sections: ['salary'] })
      .expect(400);
    const closed = (
      await as('samir')
        .put('/api/me/profile/consent', { openToWork: false, sections: [] })
        .expect(200)
    ).body as MyProfileView;
    expect(closed.consent).toMatchObject({ openToWork: false, sections: [] });
  });

  it('is the learner’s own: staff have no profile of their own here', async () => {
    await as('mentor').get('/api/me/profile').expect(403);
    await as('employer')
      .put('/api/me/profile/consent', { openToWork: true, sections: [] })
      .expect(403);
    const other = (await as('other').get('/api/me/profile').expect(200)).body as MyProfileView;
    expect(other.profile.headline).toBe('');
    expect(other.evidence.assessment).toBeNull();
  });

  it('lets mentors endorse learners of their cohorts only', async () => {
    await as('mentor')
      .post(`/api/learners/${s['samir'].account.id}/endorsements`, { body: 'Samir helps others.' })
      .expect(204);
    await as('mentor')
      .post(`/api/learners/${s['other'].account.id}/endorsements`, { body: 'Who?' })
      .expect(403);
    await as('mentor')
      .post(`/api/learners/${s['samir'].account.id}/endorsements`, { body: '' })
      .expect(400);
    await as('employer')
      .post(`/api/learners/${s['samir'].account.id}/endorsements`, { body: 'Great' })
      .expect(403);
    const mine = (await as('samir').get('/api/me/profile').expect(200)).body as MyProfileView;
    expect(mine.evidence.endorsements).toEqual([
      expect.objectContaining({
        body: 'Samir helps others.',
        by: { id: s['mentor'].account.id, displayName: 'Moussa Mentor' },
      }),
    ]);
    const cohorts = (await as('mentor').get('/api/cohorts').expect(200)).body as CohortDetail[];
    expect(cohorts.length).toBeGreaterThan(0);
  });

  it('lets an admin endorse learners only: an unknown id or a mentor is 404, nothing stored', async () => {
    const endorsements = async () =>
      (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM endorsements`))[0].n;
    const before = await endorsements();
    for (const id of ['6f1c1f4e-0000-4000-8000-000000000000', s['mentor'].account.id]) {
      const response = await as('admin')
        .post(`/api/learners/${id}/endorsements`, { body: 'Reliable.' })
        .expect(404);
      expect(response.body.type).toBe(ProblemType.NotFound);
    }
    expect(await endorsements()).toBe(before);
    await as('admin')
      .post(`/api/learners/${s['other'].account.id}/endorsements`, { body: 'Reliable.' })
      .expect(204);
    expect(await endorsements()).toBe(before + 1);
  });
});
