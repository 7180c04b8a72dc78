import type {
  AdminHome,
  CohortDetail,
  EmployerHome,
  MentorHome,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { invitedStaff } from '../../test/accounts';
import { organisationWithOwner, seedDemoLearners } from '../../test/placement';
import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { CodingService } from '../coding/coding.service';
import { ReviewSeedService } from '../coding/review-seed.service';
import { PlacementSeedService } from '../placement/placement-seed.service';

const SAMIR = 'samir@passerelle.local';
const OLENA = 'olena@passerelle.local';

describe('console home pages', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  const mentorHome = async (who = 'mentor') =>
    (await as(who).get('/api/home/mentor').expect(200)).body as MentorHome;
  const employerHome = async (who = 'employer') =>
    (await as(who).get('/api/home/employer').expect(200)).body as EmployerHome;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoLearners(t);
    await t.app.get(ReviewSeedService).seedDemoWork();
    await t.app.get(CodingService).gradeLeftovers();
    await t.app.get(PlacementSeedService).seedDemoOrganisations(DEMO.employer);
    await t.app.get(PlacementSeedService).seedDemoCandidates(DEMO.mentor);
    for (const role of ['admin', 'mentor', 'employer', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    s['olena'] = await t.signIn(OLENA);

    // A second mentor, with a cohort of their own and a learner who keeps failing "Hello".
    s['other'] = await invitedStaff(t, s['admin'], {
      email: 'second.mentor@example.org',
      displayName: 'Second mentor',
      role: 'mentor',
    });
    s['yonas'] = (
      await t.http.post('/api/auth/sign-up').send({
        username: 'yonas',
        password: 'a long password',
        displayName: 'Yonas',
        preferredLanguage: 'en',
      })
    ).body as SessionResponse;
    const courses = (await as('other').get('/api/courses').expect(200)).body;
    const course = courses.find((c: { slug: string }) => c.slug === 'javascript-foundations');
    const cohort = (await as('other').post('/api/cohorts', { name: 'Other' }).expect(201))
      .body as CohortDetail;
    await as('other').post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'yonas' });
    await as('other').post(`/api/cohorts/${cohort.id}/courses`, { courseId: course.id });
    const outline = (await as('yonas').get(`/api/courses/${course.id}`).expect(200)).body;
    for (let i = 0; i < 3; i += 1) {
      await as('yonas')
        .post(`/api/courses/${course.id}/items/${outline.modules[0].items[0].id}/submissions`, {
          kind: 'submit',
          source: `export function hello() {\n  return 'Hello ${i}';\n}\n`,
        })
        .expect(200);
    }
    // An employer of another organisation.
    s['stranger'] = (
      await organisationWithOwner(t, s['admin'], 'Elsewhere', 'owner@elsewhere.example')
    ).owner;
  }, 120_000);
  afterAll(() => t.close());

  it('keeps each home to its role', async () => {
    await t.http.get('/api/home/mentor').expect(401);
    for (const [who, path] of [
      ['learner', 'mentor'],
      ['learner', 'employer'],
      ['learner', 'admin'],
      ['employer', 'mentor'],
      ['employer', 'admin'],
      ['mentor', 'employer'],
      ['mentor', 'admin'],
      ['admin', 'mentor'],
      ['admin', 'employer'],
    ]) {
      const response = await as(who).get(`/api/home/${path}`).expect(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const bad = await as('mentor').get('/api/home/mentor?lang=zz').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
  });

  it('shows a mentor what waits in their own cohorts, and nothing of another mentor’s', async () => {
    const home = await mentorHome();
    expect(home).toMatchObject({
      cohorts: 1,
      learners: 3,
      helpRequests: 1,
      // Samir's six passes, Olena's three passes and three failures, the learner's call for help.
      submissionsToReview: 13,
      recentAssessments: 1,
      inactive: [],
    });
    expect(
      home.stuck.map((a) => [a.learner.displayName, a.reason, a.itemTitle, a.failures]),
    ).toEqual([
      ['Amina Learner', 'help', 'Two for one', 1],
      ['Olena Kovalenko', 'failing', 'Hours to minutes', 3],
    ]);
    expect(home.stuck.every((a) => a.cohortId === home.stuck[0].cohortId)).toBe(true);

    const other = await mentorHome('other');
    expect(other).toMatchObject({ cohorts: 1, learners: 1, helpRequests: 0, recentAssessments: 0 });
    expect(other.submissionsToReview).toBe(3);
    expect(other.stuck.map((a) => [a.learner.displayName, a.reason, a.failures])).toEqual([
      ['Yonas', 'failing', 3],
    ]);
  });

  it('counts a help request as answered once a mentor comments', async () => {
    const help = (await as('mentor').get('/api/review/submissions?status=needs-help').expect(200))
      .body.items[0];
    await as('mentor')
      .post(`/api/review/submissions/${help.id}/comments`, { body: 'Look at the default name.' })
      .expect(200);
    const home = await mentorHome();
    expect(home.helpRequests).toBe(0);
    expect(home.submissionsToReview).toBe(12);
    expect(home.stuck.map((a) => a.reason)).toEqual(['failing']);
  });

  it('lists learners without activity for a week, newest silence last', async () => {
    const db = t.app.get(DataSource);
    const [{ id: samir }] = await db.query(`SELECT id FROM accounts WHERE email = $1`, [SAMIR]);
    const ago = `now() - interval '10 days'`;
    await db.query(`UPDATE submissions SET created_at = ${ago} WHERE learner_id = $1`, [samir]);
    await db.query(
      `UPDATE item_progress SET completed_at = ${ago}
        WHERE enrolment_id IN (SELECT id FROM enrolments WHERE learner_id = $1)`,
      [samir],
    );
    await db.query(
      `UPDATE assessment_attempts SET started_at = ${ago}, served_at = ${ago},
              completed_at = ${ago} WHERE learner_id = $1`,
      [samir],
    );
    await db.query(`UPDATE cohort_members SET added_at = ${ago} WHERE learner_id = $1`, [samir]);
    const home = await mentorHome();
    expect(home.inactive.map((a) => [a.learner.displayName, a.reason])).toEqual([
      ['Samir Haddad', 'inactive'],
    ]);
    expect(new Date(home.inactive[0].lastActiveAt ?? 0).getTime()).toBeLessThan(
      Date.now() - 9 * 86_400_000,
    );
    // His submissions are older than a week: no longer new to review; the skills check neither.
    expect(home).toMatchObject({ submissionsToReview: 6, recentAssessments: 0 });
    expect((await mentorHome('other')).inactive).toEqual([]);
  });

  it('shows an employer new applications and candidates per open job of their organisation only', async () => {
    const home = await employerHome();
    expect(home.organisations.map((o) => o.name)).toEqual(['Atelier Numérique Lyon']);
    expect(home.newApplications.map((a) => [a.learner.displayName, a.jobTitle])).toEqual([
      ['Olena Kovalenko', 'Website content assistant'],
    ]);
    expect(home.newApplications[0].organisationId).toBe(home.organisations[0].id);
    expect(home.openJobs.map((j) => [j.title, j.candidates, j.newApplications]).sort()).toEqual([
      ['Junior web developer (apprenticeship)', 1, 0],
      ['Website content assistant', 1, 1],
    ]);

    expect(await employerHome('stranger')).toEqual({
      organisations: [expect.objectContaining({ name: 'Elsewhere' })],
      newApplications: [],
      openJobs: [],
    });

    // A withdrawn application is gone from the employer's view.
    await as('olena')
      .post(`/api/me/applications/${home.newApplications[0].id}/withdraw`)
      .expect(200);
    const after = await employerHome();
    expect(after.newApplications).toEqual([]);
    expect(after.openJobs.find((j) => j.title === 'Website content assistant')).toMatchObject({
      candidates: 0,
      newApplications: 0,
    });
  });

  it('gives admins the platform at a glance', async () => {
    const home = (await as('admin').get('/api/home/admin').expect(200)).body as AdminHome;
    expect(home).toEqual({
      accounts: { learners: 4, mentors: 2, employers: 2, admins: 1 },
      pendingInvitations: 0,
      cohorts: 2,
      organisations: 3,
      openJobs: 4,
      hires: 0,
      helpRequests: 0,
    });
  });
});
