import type { DeletionReport, SessionResponse } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';

describe('a learner’s own data', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoLearners(t);
    for (const role of ['mentor', 'learner'] as const) s[role] = await t.signIn(DEMO[role]);
    s['samir'] = await t.signIn('samir@passerelle.local');
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: true, sections: ['assessment'] })
      .expect(200);
    await as('mentor')
      .post(`/api/learners/${s['samir'].account.id}/endorsements`, { body: 'Kind and precise.' })
      .expect(204);
  }, 90_000);
  afterAll(() => t.close());

  it('exports everything stored about the learner as a JSON download', async () => {
    const response = await as('samir').get('/api/me/export').expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = response.body;
    expect(data.account).toMatchObject({ email: 'samir@passerelle.local' });
    expect(data.intake).toHaveLength(1);
    expect(data.assessmentAttempts).toHaveLength(1);
    expect(data.assessmentAnswers.length).toBeGreaterThanOrEqual(6);
    expect(data.profile[0]).toMatchObject({ open_to_work: true });
    expect(data.endorsements).toEqual([expect.objectContaining({ body: 'Kind and precise.' })]);
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(data)).not.toContain('$argon2');
    // Another learner's export holds nothing of Samir's.
    const other = (await as('learner').get('/api/me/export').expect(200)).body;
    expect(JSON.stringify(other)).not.toContain('samir');
    await as('mentor').get('/api/me/export').expect(403);
  });

  it('deletes the account after the password, says what is kept, and signs the learner out', async () => {
    const wrong = await as('samir').post('/api/me/deletion', { password: 'not it' }).expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'password', code: 'wrongPassword' });

    const deleted = await as('samir').post('/api/me/deletion', { password: 'passerelle-demo' });
    expect([deleted.status, deleted.body.detail]).toEqual([200, undefined]);
    const report = deleted.body as DeletionReport;
    expect(report.removed).toContain('your name, email, username and password');
    expect(report.kept[0].why).toBeTruthy();

    const db = t.app.get(DataSource);
    const id = s['samir'].account.id;
    for (const table of [
      'intake_profiles',
      'assessment_attempts',
      'candidate_profiles',
      'endorsements',
      'cohort_members',
    ]) {
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM ${table} WHERE learner_id = $1`,
        [id],
      );
      expect([table, count]).toEqual([table, 0]);
    }
    const [account] = await db.query(
      `SELECT email, display_name, status FROM accounts WHERE id = $1`,
      [id],
    );
    expect(account).toEqual({ email: null, display_name: 'Deleted learner', status: 'disabled' });
    await t.http
      .post('/api/auth/sign-in')
      .send({ identifier: 'samir@passerelle.local', password: 'passerelle-demo' })
      .expect(401);

    // The access token issued before the deletion stops at the next request: it cannot bring
    // back a candidate profile that employers would see as "Deleted learner".
    await as('samir').get('/api/me/export').expect(401);
    await as('samir')
      .put('/api/me/profile/consent', { openToWork: true, sections: ['assessment'] })
      .expect(401);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM candidate_profiles WHERE learner_id = $1`,
      [id],
    );
    expect(count).toBe(0);
    await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: s['samir'].refreshToken })
      .expect(401);
  });
});

describe('the password check of an account deletion', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        THROTTLE_SIGN_IN_PER_ACCOUNT: '3',
        THROTTLE_SIGN_IN_PER_ADDRESS: '100',
      })),
  );
  afterAll(() => t.close());

  it('is throttled like sign-in, and shares the account’s budget with it', async () => {
    const learner = requestsAs(t.http, await t.signIn(DEMO.learner));
    for (let i = 0; i < 3; i++) {
      await learner.post('/api/me/deletion', { password: 'a guess' }).expect(400);
    }
    const blocked = await learner
      .post('/api/me/deletion', { password: 'passerelle-demo' })
      .expect(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    await t.http
      .post('/api/auth/sign-in')
      .send({ identifier: DEMO.learner, password: 'passerelle-demo' })
      .expect(429);
  });
});
