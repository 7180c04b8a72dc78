import { ProblemType, type SessionResponse } from '@passerelle/contracts';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';

describe('authorization', () => {
  let t: TestApp;
  const sessions: Record<keyof typeof DEMO, SessionResponse> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
      sessions[role] = await t.signIn(DEMO[role]);
    }
  });
  afterAll(() => t.close());

  const adminOnly = [
    ['GET', '/api/accounts'],
    ['GET', '/api/invitations'],
    ['POST', '/api/invitations'],
    ['DELETE', '/api/invitations/6f1c1f4e-0000-4000-8000-000000000000'],
  ] as const;

  const call = (method: string, path: string) =>
    method === 'GET'
      ? t.http.get(path)
      : method === 'POST'
        ? t.http.post(path).send({ email: 'x@example.org', displayName: 'X', role: 'mentor' })
        : t.http.delete(path);

  it.each(adminOnly)('%s %s needs a signed-in account', async (method, path) => {
    const response = await call(method, path).expect(401);
    expect(response.body.type).toBe(ProblemType.Unauthenticated);
  });

  it.each(['learner', 'mentor', 'employer'] as const)(
    'a %s gets 403 on every admin route',
    async (role) => {
      for (const [method, path] of adminOnly) {
        const response = await call(method, path).set(...bearer(sessions[role]));
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
        expect(response.body.type).toBe(ProblemType.Forbidden);
      }
    },
  );

  it('an admin reaches the admin routes', async () => {
    const list = await t.http
      .get('/api/accounts?role=learner')
      .set(...bearer(sessions.admin))
      .expect(200);
    expect(list.body.items.every((a: { role: string }) => a.role === 'learner')).toBe(true);
    await t.http
      .get('/api/invitations')
      .set(...bearer(sessions.admin))
      .expect(200);
  });

  it('every role reads and updates its own account', async () => {
    for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
      const me = await t.http
        .get('/api/accounts/me')
        .set(...bearer(sessions[role]))
        .expect(200);
      expect(me.body.role).toBe(role);
    }
    const updated = await t.http
      .patch('/api/accounts/me')
      .set(...bearer(sessions.learner))
      .send({ preferredLanguage: 'fr' })
      .expect(200);
    expect(updated.body.preferredLanguage).toBe('fr');
  });

  it('a learner cannot read another learner, but may read itself', async () => {
    const other = (
      await t.http.post('/api/auth/sign-up').send({
        username: 'other.learner',
        password: 'a long password',
        displayName: 'Other',
        preferredLanguage: 'en',
      })
    ).body as SessionResponse;
    const response = await t.http
      .get(`/api/accounts/${other.account.id}`)
      .set(...bearer(sessions.learner))
      .expect(403);
    expect(response.body.type).toBe(ProblemType.Forbidden);
    await t.http
      .get(`/api/accounts/${sessions.learner.account.id}`)
      .set(...bearer(sessions.learner))
      .expect(200);
    await t.http
      .get(`/api/accounts/${other.account.id}`)
      .set(...bearer(sessions.mentor))
      .expect(403);
    await t.http
      .get(`/api/accounts/${other.account.id}`)
      .set(...bearer(sessions.admin))
      .expect(200);
  });

  it('refuses a forged access token', async () => {
    const [header, payload] = sessions.learner.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    const signature = sessions.learner.accessToken.split('.')[2];
    await t.http
      .get('/api/accounts')
      .set('Authorization', `Bearer ${header}.${forged}.${signature}`)
      .expect(401);
  });
});
