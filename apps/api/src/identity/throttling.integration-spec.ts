import { ProblemType } from '@passerelle/contracts';

import { createTestApp, DEMO, type TestApp } from '../../test/test-app';

const attempt = (t: TestApp, identifier: string, password = 'wrong password') =>
  t.http.post('/api/auth/sign-in').send({ identifier, password });

describe('failed sign-ins per account', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        THROTTLE_SIGN_IN_PER_ACCOUNT: '3',
        THROTTLE_SIGN_IN_PER_ADDRESS: '100',
        THROTTLE_SIGN_IN_WINDOW_SECONDS: '600',
      })),
  );
  afterAll(() => t.close());

  it('block the account, even for the right password, and say how long to wait', async () => {
    for (let i = 0; i < 3; i++) await attempt(t, DEMO.mentor).expect(401);
    const blocked = await attempt(t, DEMO.mentor).expect(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.body.type).toBe(ProblemType.TooManyRequests);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
    await attempt(t, DEMO.mentor, 'passerelle-demo').expect(429);
  });

  it('count identifiers case-insensitively and leave other accounts alone', async () => {
    await attempt(t, DEMO.mentor.toUpperCase()).expect(429);
    await attempt(t, DEMO.employer, 'passerelle-demo').expect(200);
  });

  it('start afresh after a successful sign-in', async () => {
    await attempt(t, DEMO.admin).expect(401);
    await attempt(t, DEMO.admin).expect(401);
    await attempt(t, DEMO.admin, 'passerelle-demo').expect(200);
    await attempt(t, DEMO.admin).expect(401);
    await attempt(t, DEMO.admin).expect(401);
    await attempt(t, DEMO.admin, 'passerelle-demo').expect(200);
  });
});

describe('failed sign-ins per address', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        THROTTLE_SIGN_IN_PER_ACCOUNT: '100',
        THROTTLE_SIGN_IN_PER_ADDRESS: '4',
      })),
  );
  afterAll(() => t.close());

  it('do not count successful sign-ins: a classroom shares one address', async () => {
    for (let i = 0; i < 3; i++) {
      for (const who of [DEMO.learner, DEMO.mentor, DEMO.employer]) {
        await attempt(t, who, 'passerelle-demo').expect(200);
      }
    }
  });

  it('block an address that fails on many accounts', async () => {
    for (const who of ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org']) {
      await attempt(t, who).expect(401);
    }
    await attempt(t, 'e@example.org').expect(429);
    await attempt(t, DEMO.admin, 'passerelle-demo').expect(429);
  });

  it('leave other routes alone', async () => {
    await t.http.get('/health').expect(200);
  });
});

describe('account creation per address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ THROTTLE_SIGN_UPS_PER_ADDRESS: '2' })));
  afterAll(() => t.close());

  it('limits sign-ups and invitation uses, which each cost a slow hash', async () => {
    const signUp = (username: string) =>
      t.http.post('/api/auth/sign-up').send({
        username,
        password: 'a long password',
        displayName: username,
        preferredLanguage: 'en',
      });
    await signUp('first').expect(201);
    await signUp('second').expect(201);
    const third = await signUp('third').expect(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    await t.http
      .post('/api/invitations/accept')
      .send({ token: 'a'.repeat(43), password: 'a long password' })
      .expect(429);
  });
});
