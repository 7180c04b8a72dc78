import type {
  CourseOutline,
  ExerciseView,
  SessionResponse,
  SubmissionView,
} from '@passerelle/contracts';
import { DEFAULT_LIMITS } from '@passerelle/grading';
import { DataSource } from 'typeorm';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';
import { CodingService } from './coding.service';
import { CodingSeedService } from './coding-seed.service';
import { Submission } from './entities/submission.entity';
import { GraderService } from './grader.service';
import { JAVASCRIPT_FOUNDATIONS, REFERENCE_SOLUTIONS } from './seed/javascript-foundations';

describe('coding exercises', () => {
  let t: TestApp;
  let learner: SessionResponse;
  let courseId: string;
  let items: { id: string; title: string }[];

  const signUp = async (username: string) =>
    (
      await t.http.post('/api/auth/sign-up').send({
        username,
        password: 'a long password',
        displayName: username,
        preferredLanguage: 'en',
      })
    ).body as SessionResponse;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CodingSeedService).seedDemoCourses(null);
    learner = await t.signIn(DEMO.learner);
    const courses = (await t.http.get('/api/courses').set(...bearer(learner))).body;
    courseId = courses.find((c: { slug: string }) => c.slug === 'javascript-foundations').id;
    const outline = (
      await t.http.post(`/api/courses/${courseId}/enrolments`).set(...bearer(learner))
    ).body as CourseOutline;
    items = outline.modules.flatMap((m) => m.items);
  }, 30_000);
  afterAll(() => t.close());

  const path = (itemId: string, rest = '') => `/api/courses/${courseId}/items/${itemId}${rest}`;
  const submit = (who: SessionResponse, itemId: string, kind: string, source: string) =>
    t.http
      .post(path(itemId, '/submissions'))
      .set(...bearer(who))
      .send({ kind, source });

  it('shows the exercise without its hidden tests, and hints one at a time', async () => {
    const view = (
      await t.http
        .get(path(items[1].id, '/exercise?lang=fr'))
        .set(...bearer(learner))
        .expect(200)
    ).body as ExerciseView;
    expect(view).toMatchObject({
      language: 'fr',
      solutionFile: 'two-fer.js',
      hints: [],
      hintCount: 2,
      passed: false,
    });
    expect(view.exampleTests).toContain("twoFer('Alice')");
    expect(JSON.stringify(view)).not.toContain("twoFer('Bob')");
    const first = await t.http
      .post(path(items[1].id, '/hints'))
      .set(...bearer(learner))
      .expect(200);
    expect(first.body.hints).toHaveLength(1);
    await t.http
      .post(path(items[1].id, '/hints'))
      .set(...bearer(learner))
      .expect(200);
    const last = await t.http
      .post(path(items[1].id, '/hints'))
      .set(...bearer(learner))
      .expect(200);
    expect(last.body).toMatchObject({ hintCount: 2 });
    expect(last.body.hints).toHaveLength(2);
  });

  it('runs the examples on the server, and only a passing submit completes the exercise', async () => {
    const starter = (await t.http.get(path(items[0].id, '/exercise')).set(...bearer(learner))).body
      .starter;
    const run = (await submit(learner, items[0].id, 'run', starter).expect(200))
      .body as SubmissionView;
    expect(run.result).toMatchObject({ status: 'fail', version: 3 });
    expect(run.result.tests[0].message).toContain('Hello, World!');

    const passed = (
      await submit(learner, items[0].id, 'submit', REFERENCE_SOLUTIONS['hello.js']).expect(200)
    ).body as SubmissionView;
    expect(passed.result.status).toBe('pass');
    expect(passed.result.tests.map((x) => x.name)).toEqual([
      'hello > says hello to the world',
      'hello, again > returns a string',
    ]);
    const outline = (await t.http.get(`/api/courses/${courseId}`).set(...bearer(learner)))
      .body as CourseOutline;
    expect(outline.modules[0].items[0].completed).toBe(true);
    const view = (await t.http.get(path(items[0].id, '/exercise')).set(...bearer(learner)))
      .body as ExerciseView;
    expect(view).toMatchObject({ passed: true, lastSource: REFERENCE_SOLUTIONS['hello.js'] });
  });

  it('fails code that only fits the visible examples', async () => {
    const cheat =
      "export const twoFer = (n) => n === 'Alice' ? 'One for Alice, one for me.' : 'One for you, one for me.';";
    expect((await submit(learner, items[1].id, 'run', cheat).expect(200)).body.result.status).toBe(
      'pass',
    );
    const result = (await submit(learner, items[1].id, 'submit', cheat).expect(200))
      .body as SubmissionView;
    expect(result.result.status).toBe('fail');
    const outline = (await t.http.get(`/api/courses/${courseId}`).set(...bearer(learner)))
      .body as CourseOutline;
    expect(outline.modules[0].items[1].completed).toBe(false);
  });

  it('gives hostile code a clear verdict through the API', async () => {
    const looping = (
      await submit(learner, items[2].id, 'submit', 'export function sum() { for (;;) {} }').expect(
        200,
      )
    ).body as SubmissionView;
    expect(looping.result.status).toBe('timeout');
    const sneaky = (
      await submit(
        learner,
        items[2].id,
        'run',
        "export const sum = () => require('fs').readFileSync('/etc/passwd', 'utf8');",
      ).expect(200)
    ).body as SubmissionView;
    expect(sneaky.result.status).not.toBe('pass');
    expect(JSON.stringify(sneaky)).not.toContain('root:');
  }, 20_000);

  it('refuses bad submissions with a 4xx, naming the field', async () => {
    const huge = await submit(learner, items[2].id, 'run', 'x'.repeat(64_001)).expect(400);
    expect(huge.body.errors[0].field).toBe('source');
    const binary = await submit(
      learner,
      items[2].id,
      'run',
      'export const sum = 1;\u0001\u0002',
    ).expect(400);
    expect(binary.body.errors[0]).toMatchObject({ field: 'source', code: 'matches' });
    const kind = await submit(learner, items[2].id, 'grade-myself', 'x').expect(400);
    expect(kind.body.errors[0].field).toBe('kind');
    await submit(learner, '6f1c1f4e-0000-4000-8000-000000000000', 'run', 'x').expect(404);
    await t.http
      .post(path('nope', '/submissions'))
      .set(...bearer(learner))
      .send({ kind: 'run', source: 'x' })
      .expect(400);
  });

  it('keeps submissions to enrolled learners, and each to its owner and mentors', async () => {
    const stranger = await signUp('stranger');
    await submit(stranger, items[0].id, 'run', 'x').expect(403);
    await t.http
      .get(path(items[0].id, '/exercise'))
      .set(...bearer(stranger))
      .expect(403);

    const mine = (await submit(learner, items[2].id, 'run', REFERENCE_SOLUTIONS['sum.js']))
      .body as SubmissionView;
    await t.http
      .get(`/api/submissions/${mine.id}`)
      .set(...bearer(learner))
      .expect(200);
    await t.http
      .get(`/api/submissions/${mine.id}`)
      .set(...bearer(stranger))
      .expect(403);
    const mentor = await t.signIn(DEMO.mentor);
    await t.http
      .get(`/api/submissions/${mine.id}`)
      .set(...bearer(mentor))
      .expect(403);
    const cohort = await t.http
      .post('/api/cohorts')
      .set(...bearer(mentor))
      .send({ name: 'Morning group' });
    await t.http
      .post(`/api/cohorts/${cohort.body.id}/learners`)
      .set(...bearer(mentor))
      .send({ identifier: DEMO.learner })
      .expect(200);
    await t.http
      .get(`/api/submissions/${mine.id}`)
      .set(...bearer(mentor))
      .expect(200);
    await submit(mentor, items[2].id, 'run', 'x').expect(403);
  });

  it('ships only demo exercises whose reference passes and whose starter does not', async () => {
    const grader = t.app.get(GraderService);
    for (const module of JAVASCRIPT_FOUNDATIONS.modules) {
      for (const { exercise } of module.exercises) {
        const job = (source: string) => ({
          language: exercise.language,
          files: [{ path: exercise.solutionFile, content: source }],
          tests: [
            { path: 'examples.spec.js', content: exercise.exampleTests },
            { path: 'more.spec.js', content: exercise.hiddenTests },
          ],
          limits: DEFAULT_LIMITS,
        });
        const reference = await grader.grade(job(REFERENCE_SOLUTIONS[exercise.solutionFile]));
        expect({ file: exercise.solutionFile, status: reference.status }).toEqual({
          file: exercise.solutionFile,
          status: 'pass',
        });
        expect((await grader.grade(job(exercise.starter))).status).not.toBe('pass');
      }
    }
  });

  it('grades at start what a stopped API left queued', async () => {
    const repository = t.app.get(DataSource).getRepository(Submission);
    const left = await repository.save(
      repository.create({
        itemId: items[2].id,
        learnerId: learner.account.id,
        kind: 'submit',
        source: REFERENCE_SOLUTIONS['sum.js'],
        status: 'queued',
        result: null,
        gradedAt: null,
      }),
    );
    expect(await t.app.get(CodingService).gradeLeftovers()).toBeGreaterThanOrEqual(1);
    const graded = await repository.findOneByOrFail({ id: left.id });
    expect(graded).toMatchObject({
      status: 'graded',
      result: expect.objectContaining({ status: 'pass' }),
    });
    const outline = (await t.http.get(`/api/courses/${courseId}`).set(...bearer(learner)))
      .body as CourseOutline;
    expect(outline.modules[0].items[2].completed).toBe(true);
  });

  const enrolledLearner = async (username: string) => {
    const session = await signUp(username);
    await t.http
      .post(`/api/courses/${courseId}/enrolments`)
      .set(...bearer(session))
      .expect(200);
    return session;
  };

  it('limits how fast one learner may submit', async () => {
    const busy = await enrolledLearner('busy.learner');
    for (let i = 0; i < 20; i++)
      await submit(busy, items[2].id, 'run', REFERENCE_SOLUTIONS['sum.js']).expect(200);
    const refused = await submit(busy, items[2].id, 'run', REFERENCE_SOLUTIONS['sum.js']).expect(
      429,
    );
    expect(refused.headers['retry-after']).toBe('60');
  }, 30_000);

  it('holds the limit when a learner sends 30 submissions at once', async () => {
    const hasty = await enrolledLearner('hasty.learner');
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        submit(hasty, items[2].id, 'run', REFERENCE_SOLUTIONS['sum.js']),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(20).fill(200), ...Array(10).fill(429)]);
    for (const refused of responses.filter((r) => r.status === 429)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers['retry-after']).toBe('60');
    }
    const stored = await t.app
      .get(DataSource)
      .getRepository(Submission)
      .countBy({ learnerId: hasty.account.id });
    expect(stored).toBe(20);
  }, 60_000);
});
