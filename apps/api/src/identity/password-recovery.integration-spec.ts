import {
  type PasswordResetCodeResponse,
  ProblemType,
  type SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { bearer, createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { type Mail, Mailer } from '../common/mail/mailer';

/** Every mail the API sends, caught on its way out. */
function catchMail(t: TestApp): Mail[] {
  const sent: Mail[] = [];
  jest.spyOn(t.app.get(Mailer), 'send').mockImplementation(async (mail) => {
    sent.push(mail);
  });
  return sent;
}

const tokenIn = (mail: Mail) => mail.text.match(/#token=([\w-]{43})/)?.[1] ?? '';

async function signUp(t: TestApp, who: { email?: string; username?: string }) {
  const response = await t.http
    .post('/api/auth/sign-up')
    .send({ ...who, password: 'first password', displayName: 'Nadia', preferredLanguage: 'en' })
    .expect(201);
  return response.body as SessionResponse;
}

const signIn = (t: TestApp, identifier: string, password: string) =>
  t.http.post('/api/auth/sign-in').send({ identifier, password });

describe('password recovery by email', () => {
  let t: TestApp;
  let mail: Mail[];
  beforeAll(async () => {
    t = await createTestApp();
    mail = catchMail(t);
  });
  afterAll(() => t.close());
  beforeEach(() => (mail.length = 0));

  const ask = (email: string) => t.http.post('/api/auth/password-reset').send({ email });
  const resetWith = (token: string, password = 'a new password') =>
    t.http.post('/api/auth/password-reset/link').send({ token, password });

  it('mails a single-use link that sets the password and ends every other session', async () => {
    const first = await signUp(t, { email: 'nadia@example.org' });
    const second = (await signIn(t, 'nadia@example.org', 'first password').expect(200))
      .body as SessionResponse;

    const asked = await ask(' Nadia@Example.org ').expect(202);
    expect(asked.text).toBe('');
    await new Promise((resolve) => setImmediate(resolve));
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toBe('nadia@example.org');
    expect(mail[0].text).toMatch(/http:\/\/localhost:\d+\/reset-password#token=[\w-]{43}\n/);
    expect(mail[0].text).toContain('60 minutes');

    const reset = await resetWith(tokenIn(mail[0])).expect(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    const session = reset.body as SessionResponse;
    expect(session.account.email).toBe('nadia@example.org');

    // The old sessions are over: access tokens at the next request, refresh tokens too.
    for (const old of [first, second]) {
      await t.http
        .get('/api/accounts/me')
        .set(...bearer(old))
        .expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: old.refreshToken }).expect(401);
    }
    await t.http
      .get('/api/accounts/me')
      .set(...bearer(session))
      .expect(200);
    await signIn(t, 'nadia@example.org', 'first password').expect(401);
    await signIn(t, 'nadia@example.org', 'a new password').expect(200);

    // Single use.
    const again = await resetWith(tokenIn(mail[0]), 'yet another one').expect(410);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body.type).toBe(ProblemType.ResetLinkUnusable);

    const [audit] = await t.app
      .get(DataSource)
      .query(`SELECT action, actor_id, subject_id FROM audit_events WHERE subject_id = $1`, [
        session.account.id,
      ]);
    expect(audit).toEqual({
      action: 'password.reset',
      actor_id: session.account.id,
      subject_id: session.account.id,
    });
  });

  it('answers an unknown email exactly as a known one, and sends nothing', async () => {
    const unknown = await ask('nobody@example.org').expect(202);
    const known = await ask(DEMO.learner).expect(202);
    expect([unknown.text, unknown.headers['content-type']]).toEqual([
      known.text,
      known.headers['content-type'],
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(mail.map((m) => m.to)).toEqual([DEMO.learner]);
  });

  it('sends staff to the console, and keeps only the newest link working', async () => {
    await ask(DEMO.mentor).expect(202);
    await ask(DEMO.mentor).expect(202);
    await new Promise((resolve) => setImmediate(resolve));
    expect(mail).toHaveLength(2);
    expect(mail[0].text).toContain('/console/reset-password#token=');
    await resetWith(tokenIn(mail[0])).expect(410);
    await resetWith(tokenIn(mail[1])).expect(200);
  });

  it('refuses an expired link', async () => {
    await ask(DEMO.employer).expect(202);
    await new Promise((resolve) => setImmediate(resolve));
    await t.app
      .get(DataSource)
      .query(
        `UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
      );
    await resetWith(tokenIn(mail[0])).expect(410);
    await signIn(t, DEMO.employer, 'passerelle-demo').expect(200);
  });

  it('ends every other way back once one is used: the link after the code', async () => {
    const amal = await signUp(t, { email: 'amal@example.org' });
    await ask('amal@example.org').expect(202);
    await new Promise((resolve) => setImmediate(resolve));
    const admin = await t.signIn(DEMO.admin);
    const { code } = (
      await requestsAs(t.http, admin)
        .post(`/api/learners/${amal.account.id}/reset-code`)
        .expect(201)
    ).body as PasswordResetCodeResponse;
    await t.http
      .post('/api/auth/password-reset/code')
      .send({ identifier: 'amal@example.org', code, password: 'a new password' })
      .expect(200);
    await resetWith(tokenIn(mail[0]), 'the link holder’s password').expect(410);
    await signIn(t, 'amal@example.org', 'a new password').expect(200);
  });

  it('names each bad field, never a 500', async () => {
    const noEmail = await ask('not an email').expect(400);
    expect(noEmail.body.errors).toContainEqual(expect.objectContaining({ field: 'email' }));
    const short = await resetWith('x'.repeat(43), 'short').expect(400);
    expect(short.body.errors).toContainEqual(expect.objectContaining({ field: 'password' }));
    const token = await resetWith('not a token').expect(400);
    expect(token.body.errors).toContainEqual(expect.objectContaining({ field: 'token' }));
    await t.http.post('/api/auth/password-reset/link').send({}).expect(400);
  });
});

describe('password recovery with a code from the mentor', () => {
  let t: TestApp;
  let mentor: SessionResponse;
  let otherMentor: SessionResponse;
  let admin: SessionResponse;
  let karim: SessionResponse;
  beforeAll(async () => {
    t = await createTestApp();
    mentor = await t.signIn(DEMO.mentor);
    admin = await t.signIn(DEMO.admin);
    karim = await signUp(t, { username: 'karim_92' });
    const cohort = await requestsAs(t.http, mentor)
      .post('/api/cohorts', { name: 'Evening group' })
      .expect(201);
    await requestsAs(t.http, mentor)
      .post(`/api/cohorts/${cohort.body.id}/learners`, { identifier: 'karim_92' })
      .expect(200);
    await requestsAs(t.http, admin)
      .post('/api/invitations', {
        email: 'other.mentor@example.org',
        displayName: 'Other',
        role: 'mentor',
      })
      .expect(201)
      .then(({ body }) =>
        t.http.post('/api/invitations/accept').send({
          token: new URL(body.link).hash.replace('#token=', ''),
          password: 'other mentor password',
        }),
      )
      .then(({ body }) => (otherMentor = body));
  });
  afterAll(() => t.close());

  const issue = (as: SessionResponse, learnerId = karim.account.id) =>
    requestsAs(t.http, as).post(`/api/learners/${learnerId}/reset-code`);
  const resetWith = (code: string, identifier = 'karim_92', password = 'a new password') =>
    t.http.post('/api/auth/password-reset/code').send({ identifier, code, password });

  it('lets the mentor make a one-time code, audited, that the learner uses once', async () => {
    const issued = await issue(mentor).expect(201);
    expect(issued.headers['cache-control']).toBe('no-store');
    const { code, expiresAt } = issued.body as PasswordResetCodeResponse;
    expect(code).toMatch(/^\d{4} \d{4}$/);
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    const db = t.app.get(DataSource);
    const audit = await db.query(
      `SELECT action, actor_id, subject_id, at FROM audit_events WHERE subject_id = $1`,
      [karim.account.id],
    );
    expect(audit).toEqual([
      {
        action: 'password-reset-code.issued',
        actor_id: mentor.account.id,
        subject_id: karim.account.id,
        at: expect.any(Date),
      },
    ]);
    const [stored] = await db.query(`SELECT secret_hash FROM password_resets WHERE kind = 'code'`);
    expect(stored.secret_hash).toMatch(/^\$argon2id\$/);
    expect(stored.secret_hash).not.toContain(code.replace(' ', ''));

    // Typed on an Arabic keyboard, without the space.
    const arabicDigits = code.replace(' ', '').replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);
    const reset = await resetWith(arabicDigits, 'KARIM_92').expect(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    expect(reset.body.account.username).toBe('karim_92');
    await t.http
      .get('/api/accounts/me')
      .set(...bearer(karim))
      .expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: karim.refreshToken }).expect(401);
    await signIn(t, 'karim_92', 'a new password').expect(200);

    const again = await resetWith(code, 'karim_92', 'another password').expect(400);
    expect(again.body.type).toBe(ProblemType.ResetCodeInvalid);
    const actions = await db.query(
      `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY at`,
      [karim.account.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'password-reset-code.issued',
      'password.reset',
    ]);
  });

  it('answers a wrong username like a wrong code', async () => {
    const { code } = (await issue(mentor).expect(201)).body as PasswordResetCodeResponse;
    const unknown = await resetWith(code, 'nobody_here').expect(400);
    const wrong = await resetWith('0000 0000').expect(400);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.type).toBe(ProblemType.ResetCodeInvalid);
  });

  it('keeps only the newest code working, and refuses an expired one', async () => {
    const older = (await issue(admin).expect(201)).body as PasswordResetCodeResponse;
    const newer = (await issue(admin).expect(201)).body as PasswordResetCodeResponse;
    await resetWith(older.code).expect(400);
    await t.app
      .get(DataSource)
      .query(`UPDATE password_resets SET expires_at = now() - interval '1 second'`);
    await resetWith(newer.code).expect(400);
  });

  it('keeps one code pending when two are made at the same moment', async () => {
    await Promise.all([issue(admin).expect(201), issue(mentor).expect(201)]);
    const [pending] = await t.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM password_resets
        WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [karim.account.id],
    );
    expect(pending.n).toBe(1);
  });

  it('lets a mentor act only for learners of their own cohorts: 404 otherwise', async () => {
    const other = await issue(otherMentor).expect(404);
    expect(other.body.type).toBe(ProblemType.NotFound);
    const unknown = await issue(mentor, '00000000-0000-4000-8000-000000000000').expect(404);
    expect(unknown.body.detail).toBe(other.body.detail);
    // A mentor's own account is not a learner's, even for an admin.
    await issue(admin, mentor.account.id).expect(404);
    const learner = await t.signIn(DEMO.learner);
    await issue(learner).expect(403);
    await t.http.post(`/api/learners/${karim.account.id}/reset-code`).expect(401);
    await issue(mentor, 'not-a-uuid').expect(400);
  });

  it('names each bad field', async () => {
    const missing = await t.http.post('/api/auth/password-reset/code').send({}).expect(400);
    const fields = missing.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['identifier', 'code', 'password']));
    await resetWith('x'.repeat(33)).expect(400);
  });
});

describe('password recovery throttling', () => {
  let t: TestApp;
  let mentor: SessionResponse;
  let learnerId: string;
  beforeAll(async () => {
    t = await createTestApp({
      THROTTLE_SIGN_IN_PER_ACCOUNT: '3',
      THROTTLE_SIGN_IN_PER_ADDRESS: '100',
    });
    catchMail(t);
    mentor = await t.signIn(DEMO.mentor);
    learnerId = (await signUp(t, { username: 'samira' })).account.id;
    const cohort = await requestsAs(t.http, mentor).post('/api/cohorts', { name: 'G' }).expect(201);
    await requestsAs(t.http, mentor)
      .post(`/api/cohorts/${cohort.body.id}/learners`, { identifier: 'samira' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('limits link requests per email, known or not, like failed sign-ins', async () => {
    for (const email of ['ghost@example.org', DEMO.learner]) {
      for (let i = 0; i < 3; i++) {
        await t.http.post('/api/auth/password-reset').send({ email }).expect(202);
      }
      const blocked = await t.http.post('/api/auth/password-reset').send({ email }).expect(429);
      expect(blocked.body.type).toBe(ProblemType.TooManyRequests);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('blocks guessing a code, even the right code, once the account’s limit is reached', async () => {
    const { code } = (
      await requestsAs(t.http, mentor).post(`/api/learners/${learnerId}/reset-code`).expect(201)
    ).body as PasswordResetCodeResponse;
    const tryCode = (c: string) =>
      t.http
        .post('/api/auth/password-reset/code')
        .send({ identifier: 'samira', code: c, password: 'a new password' });
    for (let i = 0; i < 3; i++) await tryCode(`1111 000${i}`).expect(400);
    await tryCode(code).expect(429);
    // Sign-ins of that account share the budget.
    await signIn(t, 'samira', 'first password').expect(429);
  });
});

describe('password recovery throttling per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      THROTTLE_SIGN_IN_PER_ACCOUNT: '100',
      THROTTLE_SIGN_IN_PER_ADDRESS: '3',
    });
  });
  afterAll(() => t.close());

  it('blocks an address that tries many reset links', async () => {
    for (let i = 0; i < 3; i++) {
      await t.http
        .post('/api/auth/password-reset/link')
        .send({ token: `${i}`.repeat(43), password: 'a new password' })
        .expect(410);
    }
    await t.http
      .post('/api/auth/password-reset/link')
      .send({ token: 'z'.repeat(43), password: 'a new password' })
      .expect(429);
    await signIn(t, DEMO.learner, 'passerelle-demo').expect(429);
  });
});

describe('access tokens end with their session', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('refuses an access token once its session is signed out, keeping the others', async () => {
    const phone = await t.signIn(DEMO.learner);
    const laptop = await t.signIn(DEMO.learner);
    await t.http.post('/api/auth/sign-out').send({ refreshToken: phone.refreshToken }).expect(204);
    await t.http
      .get('/api/accounts/me')
      .set(...bearer(phone))
      .expect(401);
    await t.http
      .get('/api/accounts/me')
      .set(...bearer(laptop))
      .expect(200);
  });

  it('keeps an access token working across refreshes of its session', async () => {
    const session = await t.signIn(DEMO.mentor);
    const refreshed = await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    expect(refreshed.headers['cache-control']).toBe('no-store');
    for (const s of [session, refreshed.body as SessionResponse]) {
      await t.http
        .get('/api/accounts/me')
        .set(...bearer(s))
        .expect(200);
    }
  });

  it('marks every token answer no-store', async () => {
    const signedIn = await signIn(t, DEMO.admin, 'passerelle-demo').expect(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    const signedUp = await t.http.post('/api/auth/sign-up').send({
      username: 'fresh_one',
      password: 'first password',
      displayName: 'Fresh',
      preferredLanguage: 'ar',
    });
    expect([signedUp.status, signedUp.headers['cache-control']]).toEqual([201, 'no-store']);
    const invited = await requestsAs(t.http, signedIn.body)
      .post('/api/invitations', { email: 'e@example.org', displayName: 'E', role: 'employer' })
      .expect(201);
    expect(invited.headers['cache-control']).toBe('no-store');
    const accepted = await t.http.post('/api/invitations/accept').send({
      token: new URL(invited.body.link).hash.replace('#token=', ''),
      password: 'employer password',
    });
    expect([accepted.status, accepted.headers['cache-control']]).toEqual([200, 'no-store']);
  });
});
