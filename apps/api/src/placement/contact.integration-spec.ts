import type {
  JobView,
  MyApplication,
  MyContactView,
  OrganisationDetail,
  PipelineEntry,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { jobRequest, organisationWithOwner } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';

describe('how employers reach a learner', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  let atelier: OrganisationDetail;
  let job: JobView;
  let entry: PipelineEntry;
  const pipeline = async () =>
    (await as('atelier').get(`/api/jobs/${job.id}/pipeline`).expect(200)).body as PipelineEntry[];
  const myApplications = async () =>
    (await as('amina').get('/api/me/applications').expect(200)).body as MyApplication[];

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['admin', 'mentor', 'learner'] as const) {
      s[role] = await t.signIn(DEMO[role]);
    }
    // A learner without email, in the demo mentor's cohort.
    s['amina'] = (
      await t.http
        .post('/api/auth/sign-up')
        .send({
          username: 'amina',
          password: 'a long password',
          displayName: 'Amina',
          preferredLanguage: 'ar',
        })
        .expect(201)
    ).body;
    const cohort = (await as('mentor').post('/api/cohorts', { name: 'Evening' }).expect(201)).body;
    await as('mentor')
      .post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'amina' })
      .expect(200);
    ({ organisation: atelier, owner: s['atelier'] } = await organisationWithOwner(
      t,
      s['admin'],
      'Atelier',
      'hiring@atelier.example',
    ));
    job = (
      await as('atelier').post(`/api/organisations/${atelier.id}/jobs`, jobRequest()).expect(201)
    ).body;
    await as('atelier').post(`/api/jobs/${job.id}/status`, { status: 'open' }).expect(200);
    await as('amina')
      .put('/api/me/profile/consent', { openToWork: true, sections: ['about'] })
      .expect(200);
  }, 90_000);
  afterAll(() => t.close());

  it('offers only the channels a learner has, and says so', async () => {
    expect((await as('amina').get('/api/me/contact').expect(200)).body).toEqual({
      phone: null,
      contactVia: 'passerelle',
      email: null,
      channels: ['passerelle'],
      updatedAt: null,
    });
    const learner = (await as('learner').get('/api/me/contact').expect(200)).body;
    expect(learner).toMatchObject({ contactVia: 'email', channels: ['email', 'passerelle'] });
    await as('mentor').get('/api/me/contact').expect(403);
    await as('mentor')
      .put('/api/me/contact', { phone: null, contactVia: 'passerelle' })
      .expect(403);
  });

  it.each([
    [{ phone: '0612345678', contactVia: 'phone' }, 'phone'],
    [{ phone: '+33 6 12', contactVia: 'phone' }, 'phone'],
    [{ phone: '+0612345678', contactVia: 'passerelle' }, 'phone'],
    [{ phone: 33612345678, contactVia: 'passerelle' }, 'phone'],
    [{ phone: '+33612345678', contactVia: 'pigeon' }, 'contactVia'],
    [{ phone: '+33612345678' }, 'contactVia'],
    [{ phone: null, contactVia: 'phone' }, 'contactVia'],
    [{ phone: '+33612345678', contactVia: 'email' }, 'contactVia'],
  ])('refuses %j on %s', async (body, field) => {
    const problem = (await as('amina').put('/api/me/contact', body).expect(400)).body;
    expect(problem.type).toBe('urn:passerelle:problem:validation');
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('keeps the phone number in international form', async () => {
    const saved = (
      await as('amina')
        .put('/api/me/contact', { phone: '+33 6 12-34.56 78', contactVia: 'phone' })
        .expect(200)
    ).body as MyContactView;
    expect(saved).toMatchObject({
      phone: '+33612345678',
      contactVia: 'phone',
      channels: ['phone', 'passerelle'],
    });
    // Saving the contact keeps what the learner shares on their profile.
    const profile = (await as('amina').get('/api/me/profile').expect(200)).body;
    expect(profile.consent).toMatchObject({ openToWork: true, sections: ['about'] });
  });

  it('shares nothing before the learner accepts an interview', async () => {
    entry = (
      await as('atelier')
        .post(`/api/jobs/${job.id}/pipeline`, { learnerId: s['amina'].account.id })
        .expect(201)
    ).body;
    entry = (
      await as('atelier')
        .post(`/api/applications/${entry.id}/stage`, { stage: 'invited' })
        .expect(200)
    ).body;
    expect(entry.contact).toBeNull();
    const candidate = await as('atelier')
      .get(`/api/jobs/${job.id}/candidates/${s['amina'].account.id}`)
      .expect(200);
    expect(JSON.stringify(candidate.body)).not.toContain('612345678');
    expect(candidate.body.contact).toBeNull();
    expect(JSON.stringify(await pipeline())).not.toContain('612345678');
    expect((await myApplications())[0].sharedContact).toBeNull();
  });

  it('shares the chosen channel once accepted, and follows a change at once', async () => {
    const accepted = (
      await as('amina')
        .post(`/api/me/applications/${entry.id}/invitation`, { accept: true })
        .expect(200)
    ).body as MyApplication;
    const phone = { via: 'phone', phone: '+33612345678' };
    expect(accepted.sharedContact).toEqual(phone);
    expect((await pipeline())[0].contact).toEqual(phone);
    const candidate = await as('atelier')
      .get(`/api/jobs/${job.id}/candidates/${s['amina'].account.id}`)
      .expect(200);
    expect(candidate.body.contact).toEqual(phone);

    // Through Passerelle: no personal contact, only her mentor.
    await as('amina').put('/api/me/contact', { phone: '+33612345678', contactVia: 'passerelle' });
    const viaMentor = {
      via: 'passerelle',
      mentors: [
        { id: s['mentor'].account.id, displayName: expect.any(String), email: DEMO.mentor },
      ],
    };
    expect((await pipeline())[0].contact).toEqual(viaMentor);
    expect((await myApplications())[0].sharedContact).toEqual(viaMentor);
    expect(JSON.stringify(await pipeline())).not.toContain('612345678');

    // Removing the number while it is the chosen channel is refused; removing it otherwise works.
    await as('amina').put('/api/me/contact', { phone: null, contactVia: 'phone' }).expect(400);
    await as('amina').put('/api/me/contact', { phone: '', contactVia: 'passerelle' }).expect(200);
    expect((await as('amina').get('/api/me/contact')).body.phone).toBeNull();
  });

  it('stops sharing when the learner withdraws the application', async () => {
    await as('amina').put('/api/me/contact', { phone: '+33612345678', contactVia: 'phone' });
    await as('amina').post(`/api/me/applications/${entry.id}/withdraw`).expect(200);
    expect(await pipeline()).toEqual([]);
    expect((await myApplications())[0].sharedContact).toBeNull();
    const candidate = await as('atelier')
      .get(`/api/jobs/${job.id}/candidates/${s['amina'].account.id}`)
      .expect(200);
    expect(candidate.body.contact).toBeNull();
  });

  it('exports the phone number and removes it with the account', async () => {
    const exported = (await as('amina').get('/api/me/export').expect(200)).body;
    expect(exported.profile).toEqual([
      expect.objectContaining({ phone: '+33612345678', contact_via: 'phone' }),
    ]);
    const report = (
      await as('amina').post('/api/me/deletion', { password: 'a long password' }).expect(200)
    ).body;
    expect(report.removed).toContain('your candidate profile, phone number and consent');
    const left = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM candidate_profiles WHERE phone IS NOT NULL`);
    expect(left).toEqual([{ n: 0 }]);
  });
});
