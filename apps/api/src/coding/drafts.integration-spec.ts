import type {
  CourseOutline,
  DraftSaved,
  ExerciseView,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';
import { CodingSeedService } from './coding-seed.service';

describe('exercise drafts on the server', () => {
  let t: TestApp;
  let learner: SessionResponse;
  let courseId: string;
  let itemId: string;

  const signUp = async (username: string) =>
    (
      await t.http.post('/api/auth/sign-up').send({
        username,
        password: 'a long password',
        displayName: username,
        preferredLanguage: 'en',
      })
    ).body as SessionResponse;
  const enrol = (who: SessionResponse) =>
    t.http
      .post(`/api/courses/${courseId}/enrolments`)
      .set(...bearer(who))
      .expect(200);
  const path = (item: string, rest: string) => `/api/courses/${courseId}/items/${item}${rest}`;
  const save = (who: SessionResponse, source: unknown, item = itemId) =>
    t.http
      .put(path(item, '/draft'))
      .set(...bearer(who))
      .send({ source });
  const view = async (who: SessionResponse) =>
    (
      await t.http
        .get(path(itemId, '/exercise'))
        .set(...bearer(who))
        .expect(200)
    ).body as ExerciseView;
  /** Moves a learner's drafts a few seconds into the past, as if they had paused typing. */
  const pause = (who: SessionResponse) =>
    t.app
      .get(DataSource)
      .query(
        `UPDATE exercise_drafts SET updated_at = updated_at - interval '5 seconds' WHERE learner_id = $1`,
        [who.account.id],
      );

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CodingSeedService).seedDemoCourses(null);
    learner = await t.signIn(DEMO.learner);
    const courses = (await t.http.get('/api/courses').set(...bearer(learner))).body;
    courseId = courses.find((c: { slug: string }) => c.slug === 'javascript-foundations').id;
    const outline = (await enrol(learner)).body as CourseOutline;
    itemId = outline.modules[0].items[1].id;
  }, 30_000);
  afterAll(() => t.close());

  it('has no draft before the first save', async () => {
    expect(await view(learner)).toMatchObject({ draft: null, lastSubmittedAt: null });
  });

  it('saves a draft, shows it in the exercise, and overwrites it with the next save', async () => {
    const first = (await save(learner, 'export const twoFer = () => 1;').expect(200))
      .body as DraftSaved;
    expect(new Date(first.savedAt).toISOString()).toBe(first.savedAt);
    expect((await view(learner)).draft).toEqual({
      source: 'export const twoFer = () => 1;',
      savedAt: first.savedAt,
    });

    await pause(learner);
    const second = (await save(learner, 'export const twoFer = () => 2;\n').expect(200))
      .body as DraftSaved;
    expect(Date.parse(second.savedAt)).toBeGreaterThan(Date.parse(first.savedAt));
    expect((await view(learner)).draft).toEqual({
      source: 'export const twoFer = () => 2;\n',
      savedAt: second.savedAt,
    });
    const rows = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM exercise_drafts WHERE learner_id = $1`, [
        learner.account.id,
      ]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses saves closer than a second with a 429, but accepts the same draft again', async () => {
    await pause(learner);
    const saved = (await save(learner, 'let a = 1;').expect(200)).body as DraftSaved;
    const again = (await save(learner, 'let a = 1;').expect(200)).body as DraftSaved;
    expect(again.savedAt).toBe(saved.savedAt);
    const flood = await save(learner, 'let a = 12;').expect(429);
    expect(flood.headers['content-type']).toContain('application/problem+json');
    expect(flood.headers['retry-after']).toBe('1');
    expect((await view(learner)).draft?.source).toBe('let a = 1;');
  });

  it('dates the last submission, so that clients can tell it from an older draft', async () => {
    await pause(learner);
    const draft = (await save(learner, 'export const twoFer = () => 3;').expect(200))
      .body as DraftSaved;
    await t.http
      .post(path(itemId, '/submissions'))
      .set(...bearer(learner))
      .send({ kind: 'run', source: 'export const twoFer = () => 4;' })
      .expect(200);
    const after = await view(learner);
    expect(after.lastSource).toBe('export const twoFer = () => 4;');
    expect(Date.parse(after.lastSubmittedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(draft.savedAt),
    );
    expect(after.draft?.source).toBe('export const twoFer = () => 3;');
  });

  it("keeps each learner's draft to that learner", async () => {
    const other = await signUp('other.learner');
    await enrol(other);
    expect((await view(other)).draft).toBeNull();
    await save(other, '// mine').expect(200);
    expect((await view(other)).draft?.source).toBe('// mine');
    expect((await view(learner)).draft?.source).toBe('export const twoFer = () => 3;');
  });

  it('refuses learners not enrolled, mentors, and anyone signed out', async () => {
    const stranger = await signUp('not.enrolled');
    const refused = await save(stranger, 'x').expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const mentor = await t.signIn(DEMO.mentor);
    await save(mentor, 'x').expect(403);
    await t.http.put(path(itemId, '/draft')).send({ source: 'x' }).expect(401);
  });

  it('refuses bad drafts with a 4xx naming the field', async () => {
    const huge = await save(learner, 'x'.repeat(64_001)).expect(400);
    expect(huge.body.errors[0].field).toBe('source');
    const binary = await save(learner, 'let a = 1;\u0000\u0001').expect(400);
    expect(binary.body.errors[0]).toMatchObject({ field: 'source', code: 'matches' });
    expect((await save(learner, 42).expect(400)).body.errors[0].field).toBe('source');
    await save(learner, undefined).expect(400);
    await t.http
      .put(path(itemId, '/draft'))
      .set(...bearer(learner))
      .send({ source: 'x', extra: true })
      .expect(400);
    await save(learner, 'x', '6f1c1f4e-0000-4000-8000-000000000000').expect(404);
    await save(learner, 'x', 'nope').expect(400);
  });
});
