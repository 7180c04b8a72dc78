import {
  type CreatedInvitationResponse,
  ProblemType,
  type SessionResponse,
} from '@passerelle/contracts';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';

const tokenOf = (link: string) => link.split('#token=')[1];

describe('invitations', () => {
  let t: TestApp;
  let admin: SessionResponse;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://passerelle.example.org' });
    admin = await t.signIn(DEMO.admin);
  });
  afterAll(() => t.close());

  const invite = (body: Record<string, unknown>) =>
    t.http
      .post('/api/invitations')
      .set(...bearer(admin))
      .send(body);

  it('lets an invited mentor choose a password once and sign in', async () => {
    const created = (
      await invite({ email: 'Mentor.New@Example.org', displayName: 'Mona', role: 'mentor' }).expect(
        201,
      )
    ).body as CreatedInvitationResponse;
    expect(created.invitation).toMatchObject({
      email: 'mentor.new@example.org',
      role: 'mentor',
      status: 'pending',
    });
    expect(created.link).toMatch(
      /^https:\/\/passerelle\.example\.org\/console\/accept-invitation#token=[\w-]{43}$/,
    );
    const token = tokenOf(created.link);

    // Before accepting, the account exists but cannot sign in.
    await t.http
      .post('/api/auth/sign-in')
      .send({ identifier: 'mentor.new@example.org', password: 'whatever1' })
      .expect(401);

    const preview = await t.http.post('/api/invitations/preview').send({ token }).expect(200);
    expect(preview.body).toMatchObject({
      email: 'mentor.new@example.org',
      displayName: 'Mona',
      role: 'mentor',
    });

    const session = (
      await t.http
        .post('/api/invitations/accept')
        .send({ token, password: 'mentor password' })
        .expect(200)
    ).body as SessionResponse;
    expect(session.account).toMatchObject({ role: 'mentor', status: 'active' });
    await t.signIn('mentor.new@example.org', 'mentor password');

    const again = await t.http
      .post('/api/invitations/accept')
      .send({ token, password: 'other password' })
      .expect(410);
    expect(again.body.type).toBe(ProblemType.InvitationUnusable);

    const list = await t.http
      .get('/api/invitations')
      .set(...bearer(admin))
      .expect(200);
    expect(list.body.find((i: { id: string }) => i.id === created.invitation.id).status).toBe(
      'accepted',
    );
  });

  it('replaces an earlier link when the same person is invited again', async () => {
    const first = (
      await invite({ email: 'emp@example.org', displayName: 'Eli', role: 'employer' }).expect(201)
    ).body;
    const second = (
      await invite({ email: 'emp@example.org', displayName: 'Eli B.', role: 'employer' }).expect(
        201,
      )
    ).body;
    await t.http
      .post('/api/invitations/preview')
      .send({ token: tokenOf(first.link) })
      .expect(410);
    const preview = await t.http
      .post('/api/invitations/preview')
      .send({ token: tokenOf(second.link) })
      .expect(200);
    expect(preview.body.displayName).toBe('Eli B.');
  });

  it('refuses to invite an existing active account', async () => {
    const response = await invite({ email: DEMO.learner, displayName: 'L', role: 'mentor' }).expect(
      409,
    );
    expect(response.body.errors[0]).toMatchObject({ field: 'email', code: 'unique' });
  });

  it('cannot invite a learner or an admin', async () => {
    for (const role of ['learner', 'admin']) {
      const response = await invite({
        email: `${role}2@example.org`,
        displayName: 'X',
        role,
      }).expect(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'role', code: 'isIn' });
    }
  });

  it('revokes a pending invitation', async () => {
    const created = (
      await invite({ email: 'gone@example.org', displayName: 'G', role: 'mentor' }).expect(201)
    ).body;
    const revoked = await t.http
      .delete(`/api/invitations/${created.invitation.id}`)
      .set(...bearer(admin))
      .expect(200);
    expect(revoked.body.status).toBe('revoked');
    await t.http
      .post('/api/invitations/accept')
      .send({ token: tokenOf(created.link), password: 'some password' })
      .expect(410);
    await t.http
      .delete('/api/invitations/6f1c1f4e-0000-4000-8000-000000000000')
      .set(...bearer(admin))
      .expect(404);
  });
});
