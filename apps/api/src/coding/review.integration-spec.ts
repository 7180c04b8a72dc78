import type {
  CourseOutline,
  FeedbackView,
  Page,
  ReviewFeedEntry,
  ReviewSubmission,
  SessionResponse,
  SubmissionView,
} from '@passerelle/contracts';

import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { CodingSeedService } from './coding-seed.service';

describe('mentor review', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  let courseId: string;
  let items: { id: string; title: string }[];
  let failing: SubmissionView;
  let passing: SubmissionView;
  let outsider: SubmissionView;

  const as = (who: string) => requestsAs(t.http, s[who]);
  const signUp = async (username: string) =>
    (
      await t.http.post('/api/auth/sign-up').send({
        username,
        password: 'a long password',
        displayName: username,
        preferredLanguage: 'en',
      })
    ).body as SessionResponse;
  const submit = (who: string, itemId: string, kind: string, source: string) =>
    as(who).post(`/api/courses/${courseId}/items/${itemId}/submissions`, { kind, source });

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CodingSeedService).seedDemoCourses(null);
    for (const role of ['admin', 'mentor', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    s['outsider'] = await signUp('outsider');
    const courses = (await as('learner').get('/api/courses')).body;
    courseId = courses.find((c: { slug: string }) => c.slug === 'javascript-foundations').id;
    for (const who of ['learner', 'outsider']) {
      const outline = (await as(who).post(`/api/courses/${courseId}/enrolments`).expect(200))
        .body as CourseOutline;
      items = outline.modules.flatMap((m) => m.items);
    }
    const cohort = (await as('mentor').post('/api/cohorts', { name: 'Tuesday' }).expect(201)).body;
    await as('mentor')
      .post(`/api/cohorts/${cohort.id}/learners`, { identifier: DEMO.learner })
      .expect(200);

    failing = (
      await submit('learner', items[0].id, 'submit', "export const hello = () => 'Hi';\n// ok?\n")
    ).body;
    passing = (
      await submit(
        'learner',
        items[0].id,
        'submit',
        "export function hello() {\n  return 'Hello, World!';\n}\n",
      )
    ).body;
    await submit('learner', items[1].id, 'run', 'export const twoFer = () => 1;');
    outsider = (await submit('outsider', items[0].id, 'submit', 'export const hello = 1;')).body;
  }, 60_000);
  afterAll(() => t.close());

  const feed = async (who: string, query = '') =>
    (await as(who).get(`/api/review/submissions${query}`).expect(200))
      .body as Page<ReviewFeedEntry>;

  it('shows a mentor the submits of their cohorts only, newest first', async () => {
    const page = await feed('mentor');
    expect(page.items.map((e) => e.id)).toEqual([passing.id, failing.id]);
    expect(page.total).toBe(2);
    expect(page.items[1]).toMatchObject({
      learner: { id: s['learner'].account.id },
      courseId,
      courseTitle: 'JavaScript foundations',
      itemId: items[0].id,
      itemTitle: 'Hello, world',
      kind: 'submit',
      status: 'fail',
      needsHelp: false,
      commentCount: 0,
    });
    expect(page.items[1].totalTests).toBeGreaterThan(0);
    expect(page.items[1].passedTests).toBeLessThan(page.items[1].totalTests);
    expect((await feed('admin')).items.map((e) => e.id)).toContain(outsider.id);
  });

  it('filters the feed by status, exercise, course and cohort', async () => {
    expect((await feed('mentor', '?status=pass')).items.map((e) => e.id)).toEqual([passing.id]);
    expect((await feed('mentor', '?status=fail')).items.map((e) => e.id)).toEqual([failing.id]);
    expect((await feed('mentor', `?itemId=${items[1].id}`)).items).toEqual([]);
    expect((await feed('mentor', `?courseId=${courseId}&lang=fr`)).items[0].itemTitle).toBe(
      'Bonjour le monde',
    );
    const bad = await as('mentor').get('/api/review/submissions?status=great&page=0').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'page',
      'status',
    ]);
  });

  it('lets a learner ask for help, which brings a run into the feed', async () => {
    const run = (await submit('learner', items[1].id, 'run', 'export const twoFer = () => 2;'))
      .body as SubmissionView;
    const asked = (await as('learner').post(`/api/submissions/${run.id}/help-request`).expect(200))
      .body as SubmissionView;
    expect(asked.needsHelp).toBe(true);
    const helpFeed = await feed('mentor', '?status=needs-help');
    expect(helpFeed.items.map((e) => e.id)).toEqual([run.id]);
    expect(helpFeed.items[0]).toMatchObject({ kind: 'run', needsHelp: true });
    await as('outsider').post(`/api/submissions/${run.id}/help-request`).expect(403);
    await as('mentor').post(`/api/submissions/${run.id}/help-request`).expect(403);
  });

  it('lets the mentor comment on a line and on the whole, and answers the help request', async () => {
    const [helpEntry] = (await feed('mentor', '?status=needs-help')).items;
    let review = (
      await as('mentor')
        .post(`/api/review/submissions/${helpEntry.id}/comments`, {
          line: 1,
          body: 'Read the example: what should twoFer return?',
        })
        .expect(200)
    ).body as ReviewSubmission;
    expect(review.needsHelp).toBe(false);
    expect((await feed('mentor', '?status=needs-help')).items).toEqual([]);
    review = (
      await as('mentor')
        .post(`/api/review/submissions/${failing.id}/comments`, { body: '  Nearly there!  ' })
        .expect(200)
    ).body as ReviewSubmission;
    expect(review).toMatchObject({
      id: failing.id,
      source: expect.stringContaining("'Hi'"),
      result: expect.objectContaining({ status: 'fail' }),
      learner: { displayName: expect.any(String) },
      itemTitle: 'Hello, world',
      comments: [
        {
          line: null,
          body: 'Nearly there!',
          read: false,
          author: { id: s['mentor'].account.id, displayName: expect.any(String) },
        },
      ],
    });
    expect((await feed('mentor', `?itemId=${items[0].id}`)).items[1].commentCount).toBe(1);
  });

  it('shows the learner their feedback and how much is unread, until they read it', async () => {
    let feedback = (await as('learner').get('/api/me/feedback').expect(200)).body as FeedbackView;
    expect(feedback.unread).toBe(2);
    expect(feedback.entries.map((e) => e.body)).toEqual([
      'Nearly there!',
      'Read the example: what should twoFer return?',
    ]);
    expect(feedback.entries[1]).toMatchObject({ line: 1, itemId: items[1].id, courseId });
    const onHello = (
      await as('learner').get(`/api/me/feedback?itemId=${items[0].id}&lang=fr`).expect(200)
    ).body as FeedbackView;
    expect(onHello.entries).toHaveLength(1);
    expect(onHello.entries[0]).toMatchObject({ itemTitle: 'Bonjour le monde', read: false });

    const outsiderRead = (
      await as('outsider')
        .post('/api/me/feedback/read', { ids: [onHello.entries[0].id] })
        .expect(200)
    ).body as FeedbackView;
    expect(outsiderRead).toEqual({ unread: 0, entries: [] });
    feedback = (
      await as('learner')
        .post('/api/me/feedback/read', { ids: [onHello.entries[0].id] })
        .expect(200)
    ).body as FeedbackView;
    expect(feedback.unread).toBe(1);
    expect(feedback.entries.find((e) => e.id === onHello.entries[0].id)?.read).toBe(true);
    await as('learner')
      .post('/api/me/feedback/read', { ids: ['nope'] })
      .expect(400);
  });

  it('keeps review to the learner’s mentors and admins', async () => {
    await as('mentor').get(`/api/review/submissions/${outsider.id}`).expect(403);
    await as('mentor')
      .post(`/api/review/submissions/${outsider.id}/comments`, { body: 'Hello' })
      .expect(403);
    await as('learner').get('/api/review/submissions').expect(403);
    await as('learner').get(`/api/review/submissions/${failing.id}`).expect(403);
    await as('admin').get(`/api/review/submissions/${outsider.id}`).expect(200);
    await as('mentor').get('/api/me/feedback').expect(403);
    await as('mentor')
      .get('/api/review/submissions/6f1c1f4e-0000-4000-8000-000000000000')
      .expect(404);
  });

  it('refuses bad comments with a 4xx naming the field', async () => {
    const path = `/api/review/submissions/${failing.id}/comments`;
    const empty = await as('mentor').post(path, { body: '   ' }).expect(400);
    expect(empty.body.errors[0].field).toBe('body');
    const long = await as('mentor')
      .post(path, { body: 'x'.repeat(2001) })
      .expect(400);
    expect(long.body.errors[0].field).toBe('body');
    const beyond = await as('mentor').post(path, { body: 'Here', line: 99 }).expect(400);
    expect(beyond.body.errors[0]).toMatchObject({ field: 'line', code: 'max' });
    const zero = await as('mentor').post(path, { body: 'Here', line: 0 }).expect(400);
    expect(zero.body.errors[0].field).toBe('line');
    await as('mentor').post(path, { body: 'Here', line: 1.5 }).expect(400);
  });
});
