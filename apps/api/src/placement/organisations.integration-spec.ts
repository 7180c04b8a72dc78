import type {
  CreatedInvitationResponse,
  OrganisationDetail,
  OrganisationSummary,
  SessionResponse,
} from '@passerelle/contracts';

import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';

describe('organisations', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  let atelier: OrganisationDetail;
  let other: OrganisationDetail;

  /** Accepts an invitation link and returns the new employer's session. */
  async function accept(invited: CreatedInvitationResponse): Promise<SessionResponse> {
    const token = invited.link.split('#token=')[1];
    return (
      await t.http
        .post('/api/invitations/accept')
        .send({ token, password: 'a long password' })
        .expect(200)
    ).body as SessionResponse;
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['admin', 'mentor', 'employer', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
  }, 30_000);
  afterAll(() => t.close());

  it('lets only admins create organisations, with clear errors', async () => {
    await as('employer').post('/api/organisations', { name: 'Mine' }).expect(403);
    await as('mentor').get('/api/organisations').expect(403);
    await as('learner').get('/api/organisations').expect(403);
    const bad = await as('admin').post('/api/organisations', { name: '' }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'name' });

    atelier = (
      await as('admin')
        .post('/api/organisations', { name: '  Atelier Numérique  ', description: 'Web agency' })
        .expect(201)
    ).body;
    expect(atelier).toMatchObject({ name: 'Atelier Numérique', memberCount: 0, members: [] });
    const twice = await as('admin').post('/api/organisations', { name: 'Atelier Numérique' });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0]).toMatchObject({ field: 'name', code: 'unique' });
    other = (await as('admin').post('/api/organisations', { name: 'Logistique Sud' }).expect(201))
      .body;
  });

  it('invites employers into one organisation; owners invite colleagues, members do not', async () => {
    const owner = (
      await as('admin')
        .post(`/api/organisations/${atelier.id}/employers`, {
          email: 'Owner@Atelier.example',
          displayName: 'Olga Owner',
          role: 'owner',
        })
        .expect(201)
    ).body as CreatedInvitationResponse;
    expect(owner.invitation).toMatchObject({ email: 'owner@atelier.example', role: 'employer' });
    s['owner'] = await accept(owner);

    const colleague = (
      await as('owner')
        .post(`/api/organisations/${atelier.id}/employers`, {
          email: 'colleague@atelier.example',
          displayName: 'Carl Colleague',
          role: 'member',
        })
        .expect(201)
    ).body as CreatedInvitationResponse;
    s['colleague'] = await accept(colleague);
    await as('colleague')
      .post(`/api/organisations/${atelier.id}/employers`, {
        email: 'third@atelier.example',
        displayName: 'Third',
        role: 'member',
      })
      .expect(404);

    const detail = (await as('owner').get(`/api/organisations/${atelier.id}`).expect(200))
      .body as OrganisationDetail;
    expect(detail.canInvite).toBe(true);
    expect(detail.members.map((m) => [m.email, m.role, m.status])).toEqual([
      ['owner@atelier.example', 'owner', 'active'],
      ['colleague@atelier.example', 'member', 'active'],
    ]);
    expect((await as('colleague').get(`/api/organisations/${atelier.id}`)).body.canInvite).toBe(
      false,
    );
  });

  it('keeps each organisation to itself', async () => {
    const mine = (await as('owner').get('/api/organisations').expect(200))
      .body as OrganisationSummary[];
    expect(mine.map((o) => o.name)).toEqual(['Atelier Numérique']);
    await as('owner').get(`/api/organisations/${other.id}`).expect(404);
    await as('owner')
      .post(`/api/organisations/${other.id}/employers`, {
        email: 'spy@atelier.example',
        displayName: 'Spy',
        role: 'owner',
      })
      .expect(404);
    // The demo employer belongs to no organisation yet: it sees none.
    expect((await as('employer').get('/api/organisations').expect(200)).body).toEqual([]);
    const all = (await as('admin').get('/api/organisations').expect(200))
      .body as OrganisationSummary[];
    expect(all.map((o) => o.name)).toEqual(['Atelier Numérique', 'Logistique Sud']);
  });

  it('refuses to move an employer from one organisation to another, recording nothing', async () => {
    const refused = await as('admin')
      .post(`/api/organisations/${other.id}/employers`, {
        email: 'pending@atelier.example',
        displayName: 'Pending',
        role: 'member',
      })
      .expect(201);
    expect(refused.body.invitation.email).toBe('pending@atelier.example');
    const moved = await as('owner').post(`/api/organisations/${atelier.id}/employers`, {
      email: 'pending@atelier.example',
      displayName: 'Pending',
      role: 'member',
    });
    expect(moved.status).toBe(409);
    expect(moved.body.errors[0]).toMatchObject({ field: 'email', code: 'otherOrganisation' });
    const detail = (await as('admin').get(`/api/organisations/${other.id}`).expect(200))
      .body as OrganisationDetail;
    expect(detail.members.map((m) => m.email)).toEqual(['pending@atelier.example']);
    // A pending mentor's invitation does not become an employer's.
    await as('admin')
      .post('/api/invitations', {
        email: 'mentor-to-be@example.org',
        displayName: 'Mentor to be',
        role: 'mentor',
      })
      .expect(201);
    const otherRole = await as('admin').post(`/api/organisations/${other.id}/employers`, {
      email: 'mentor-to-be@example.org',
      displayName: 'Mentor to be',
      role: 'member',
    });
    expect(otherRole.status).toBe(409);
    expect(otherRole.body.errors[0]).toMatchObject({ field: 'email', code: 'otherRole' });
    // An active account cannot be invited again.
    await as('admin')
      .post(`/api/organisations/${other.id}/employers`, {
        email: 'owner@atelier.example',
        displayName: 'Olga',
        role: 'member',
      })
      .expect(409);
  });
});
