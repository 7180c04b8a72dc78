import { ProblemType, type SessionResponse } from '@passerelle/contracts';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const signUp = (body: Record<string, unknown>) => t.http.post('/api/auth/sign-up').send(body);

  describe('sign up', () => {
    it('creates a learner with an email and starts a session', async () => {
      const response = await signUp({
        email: '  Nadia@Example.org ',
        password: 'a long password',
        displayName: 'Nadia',
        preferredLanguage: 'ar',
      }).expect(201);
      const session = response.body as SessionResponse;
      expect(session.account).toMatchObject({
        email: 'nadia@example.org',
        username: null,
        role: 'learner',
        status: 'active',
        preferredLanguage: 'ar',
      });
      expect(session.accessTokenExpiresIn).toBe(900);
      const me = await t.http
        .get('/api/accounts/me')
        .set(...bearer(session))
        .expect(200);
      expect(me.body.id).toBe(session.account.id);
    });

    it('creates a learner with a username when there is no email', async () => {
      const response = await signUp({
        username: 'Karim_92',
        password: 'another password',
        displayName: 'Karim',
        preferredLanguage: 'fr',
      }).expect(201);
      expect(response.body.account).toMatchObject({ email: null, username: 'karim_92' });
      await t.http
        .post('/api/auth/sign-in')
        .send({ identifier: 'KARIM_92', password: 'another password' })
        .expect(200);
    });

    it('never creates anything but a learner', async () => {
      const response = await signUp({
        email: 'sneaky@example.org',
        password: 'a long password',
        displayName: 'Sneaky',
        preferredLanguage: 'en',
        role: 'admin',
      }).expect(400);
      expect(response.body.errors).toContainEqual(
        expect.objectContaining({ field: 'role', code: 'whitelistValidation' }),
      );
    });

    it('refuses a taken email with a 409 naming the field', async () => {
      const response = await signUp({
        email: DEMO.learner,
        password: 'a long password',
        displayName: 'Copy',
        preferredLanguage: 'en',
      }).expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: ProblemType.Conflict, status: 409 });
      expect(response.body.errors[0].field).toBe('email');
    });

    it('stores the password hashed with argon2id', async () => {
      const { DataSource } = await import('typeorm');
      const rows = await t.app
        .get(DataSource)
        .query(`SELECT password_hash FROM accounts WHERE email = $1`, ['nadia@example.org']);
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    });
  });

  describe('sign in', () => {
    it('answers the same for a wrong password and an unknown account', async () => {
      const wrong = await t.http
        .post('/api/auth/sign-in')
        .send({ identifier: DEMO.mentor, password: 'wrong password' })
        .expect(401);
      const unknown = await t.http
        .post('/api/auth/sign-in')
        .send({ identifier: 'nobody@example.org', password: 'wrong password' })
        .expect(401);
      expect(wrong.body.type).toBe(ProblemType.InvalidCredentials);
      expect(unknown.body).toEqual({ ...wrong.body });
    });
  });

  describe('refresh', () => {
    it('rotates: each refresh token works once and yields a new one', async () => {
      const first = await t.signIn(DEMO.employer);
      const second = (
        await t.http
          .post('/api/auth/refresh')
          .send({ refreshToken: first.refreshToken })
          .expect(200)
      ).body as SessionResponse;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.account.email).toBe(DEMO.employer);
      await t.http
        .get('/api/accounts/me')
        .set(...bearer(second))
        .expect(200);
      const third = (
        await t.http
          .post('/api/auth/refresh')
          .send({ refreshToken: second.refreshToken })
          .expect(200)
      ).body as SessionResponse;
      expect(third.refreshToken).not.toBe(second.refreshToken);
    });

    it('revokes the whole family when an old token is reused', async () => {
      const first = await t.signIn(DEMO.learner);
      const second = (
        await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken })
      ).body as SessionResponse;
      const reuse = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(401);
      expect(reuse.body.type).toBe(ProblemType.InvalidRefreshToken);
      expect(reuse.body.detail).toMatch(/already used/);
      // The newer token, held by the owner or a thief, is dead too.
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: second.refreshToken })
        .expect(401);
      // Another session of the same account is not affected.
      const other = await t.signIn(DEMO.learner);
      await t.http.post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(200);
    });

    it('lets only one of two simultaneous uses of a token win, then ends that family too', async () => {
      const first = await t.signIn(DEMO.employer);
      const responses = await Promise.all(
        [1, 2].map(() =>
          t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = responses.find((r) => r.status === 200)?.body as SessionResponse;
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: winner.refreshToken })
        .expect(401);
    });

    it('refuses a forged or malformed token', async () => {
      const session = await t.signIn(DEMO.learner);
      const [id] = session.refreshToken.split('.');
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: `${id}.${'x'.repeat(43)}` })
        .expect(401);
      const malformed = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: 'garbage' })
        .expect(400);
      expect(malformed.body.errors[0]).toMatchObject({ field: 'refreshToken', code: 'matches' });
    });
  });

  describe('sign out', () => {
    it('ends the session: its refresh token stops working', async () => {
      const session = await t.signIn(DEMO.mentor);
      await t.http
        .post('/api/auth/sign-out')
        .send({ refreshToken: session.refreshToken })
        .expect(204);
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: session.refreshToken })
        .expect(401);
      // Signing out twice is harmless.
      await t.http
        .post('/api/auth/sign-out')
        .send({ refreshToken: session.refreshToken })
        .expect(204);
    });
  });
});
