import type { CourseOutline, ItemView, SessionResponse } from '@passerelle/contracts';

import { bearer, createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';

const COURSE = {
  slug: 'using-email',
  defaultLanguage: 'en',
  translations: {
    en: { title: 'Using email', summary: 'Send and read email.' },
    fr: { title: 'Utiliser l’e-mail', summary: 'Envoyer et lire des e-mails.' },
  },
  levels: { communication: { entry: 1, target: 2 } },
};

const LESSON = {
  kind: 'lesson',
  translations: {
    en: { title: 'What is email?', body: '# Email\n\nA letter that travels on the internet.' },
    fr: { title: 'Qu’est-ce qu’un e-mail ?', body: '# E-mail\n\nUne lettre sur internet.' },
  },
};

const QUIZ = {
  kind: 'quiz',
  translations: { en: { title: 'Check yourself' } },
  questions: [
    {
      kind: 'single',
      answer: [1],
      translations: {
        en: {
          prompt: 'Which is an email address?',
          options: ['www.example.org', 'amina@example.org'],
        },
      },
    },
    {
      kind: 'ordering',
      answer: [2, 0, 1],
      translations: { en: { prompt: 'Put in order', options: ['Write', 'Send', 'Open the app'] } },
    },
  ],
};

describe('courses', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  let courseId: string;
  let lessonId: string;
  let quizId: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['admin', 'mentor', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    const invited = await t.http
      .post('/api/invitations')
      .set(...bearer(s['admin']))
      .send({ email: 'other.mentor@example.org', displayName: 'Other', role: 'mentor' });
    const token = String(invited.body.link).split('#token=')[1];
    s['otherMentor'] = (
      await t.http.post('/api/invitations/accept').send({ token, password: 'another mentor' })
    ).body as SessionResponse;
  });
  afterAll(() => t.close());

  const as = (who: string) => requestsAs(t.http, s[who]);

  it('lets a mentor write a draft that learners cannot see', async () => {
    const created = (await as('mentor').post('/api/courses', COURSE).expect(201))
      .body as CourseOutline;
    courseId = created.id;
    expect(created).toMatchObject({
      status: 'draft',
      title: 'Using email',
      itemCount: 0,
      modules: [],
    });
    const module = (
      await as('mentor')
        .post(`/api/courses/${courseId}/modules`, { translations: { en: { title: 'Basics' } } })
        .expect(201)
    ).body as CourseOutline;
    const moduleId = module.modules[0].id;
    await as('mentor')
      .post(`/api/courses/${courseId}/modules/${moduleId}/items`, LESSON)
      .expect(201);
    const withQuiz = (
      await as('mentor')
        .post(`/api/courses/${courseId}/modules/${moduleId}/items`, QUIZ)
        .expect(201)
    ).body as CourseOutline;
    [lessonId, quizId] = withQuiz.modules[0].items.map((i) => i.id);
    expect(withQuiz.modules[0].items.map((i) => i.kind)).toEqual(['lesson', 'quiz']);

    expect((await as('learner').get('/api/courses').expect(200)).body).toEqual([]);
    await as('learner').get(`/api/courses/${courseId}`).expect(404);
  });

  it('refuses malformed courses and items, naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...COURSE, slug: 'Bad Slug' }, 'slug'],
      [
        { ...COURSE, slug: 'no-default', translations: { fr: COURSE.translations.fr } },
        'translations.en',
      ],
      [
        { ...COURSE, slug: 'bad-levels', levels: { coding: { entry: 4, target: 2 } } },
        'levels.coding.target',
      ],
      [
        { ...COURSE, slug: 'bad-level', levels: { coding: { entry: 0, target: 9 } } },
        'levels.coding.entry',
      ],
      [
        { ...COURSE, slug: 'bad-lang', translations: { xx: { title: 'a', summary: 'b' } } },
        'translations.xx',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await as('mentor').post('/api/courses', body);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const duplicate = await as('mentor').post('/api/courses', COURSE).expect(409);
    expect(duplicate.body.errors[0].field).toBe('slug');

    const outline = (await as('mentor').get(`/api/courses/${courseId}`)).body as CourseOutline;
    const items = `/api/courses/${courseId}/modules/${outline.modules[0].id}/items`;
    const badQuiz = { ...QUIZ, questions: [{ ...QUIZ.questions[0], answer: [0, 1] }] };
    const quizResponse = await as('mentor').post(items, badQuiz).expect(400);
    expect(quizResponse.body.errors[0]).toMatchObject({ field: 'questions.0.answer' });
    const exercise = await as('mentor')
      .post(items, { kind: 'exercise', translations: { en: { title: 'x' } } })
      .expect(400);
    expect(exercise.body.errors[0].field).toBe('exercise');
    const emptyLesson = await as('mentor')
      .post(items, { kind: 'lesson', translations: { en: { title: 'x' } } })
      .expect(400);
    expect(emptyLesson.body.errors[0].field).toBe('translations.en.body');
  });

  it('lets only the author or an admin change a course', async () => {
    await as('learner')
      .post('/api/courses', { ...COURSE, slug: 'by-learner' })
      .expect(403);
    await as('otherMentor')
      .patch(`/api/courses/${courseId}`, { levels: { communication: { entry: 1, target: 3 } } })
      .expect(403);
    await as('admin')
      .patch(`/api/courses/${courseId}`, { levels: { communication: { entry: 1, target: 3 } } })
      .expect(200);
  });

  it('publishes, and then learners enrol and take it', async () => {
    await as('learner').post(`/api/courses/${courseId}/publication`).expect(403);
    const published = (await as('mentor').post(`/api/courses/${courseId}/publication`).expect(200))
      .body as CourseOutline;
    expect(published.status).toBe('published');

    const catalogue = (await as('learner').get('/api/courses?lang=fr').expect(200)).body;
    expect(catalogue).toEqual([
      expect.objectContaining({
        title: 'Utiliser l’e-mail',
        language: 'fr',
        enrolled: false,
        progress: null,
      }),
    ]);
    // Not yet enrolled: the outline is open (to start from it), its items say how to open them.
    const preview = (await as('learner').get(`/api/courses/${courseId}?lang=fr`).expect(200))
      .body as CourseOutline;
    expect(preview).toMatchObject({ enrolled: false, nextItemId: null });
    expect(preview.modules[0].items.map((i) => i.id)).toContain(lessonId);
    const refused = await as('learner')
      .get(`/api/courses/${courseId}/items/${lessonId}`)
      .expect(403);
    expect(refused.body.type).toBe('urn:passerelle:problem:not-enrolled');

    const enrolled = (await as('learner').post(`/api/courses/${courseId}/enrolments`).expect(200))
      .body as CourseOutline;
    expect(enrolled).toMatchObject({
      enrolled: true,
      progress: { completed: 0, total: 2, percent: 0 },
      nextItemId: lessonId,
    });
    await as('learner').post(`/api/courses/${courseId}/enrolments`).expect(200);

    const lesson = (
      await as('learner').get(`/api/courses/${courseId}/items/${lessonId}?lang=ar`).expect(200)
    ).body as ItemView;
    expect(lesson).toMatchObject({
      kind: 'lesson',
      language: 'en',
      title: 'What is email?',
      completed: false,
    });
    const afterLesson = (
      await as('learner').post(`/api/courses/${courseId}/items/${lessonId}/completion`).expect(200)
    ).body as CourseOutline;
    expect(afterLesson).toMatchObject({ progress: { completed: 1, total: 2 }, nextItemId: quizId });

    const quiz = await as('learner').get(`/api/courses/${courseId}/items/${quizId}`).expect(200);
    expect(JSON.stringify(quiz.body)).not.toMatch(/answer/);
    expect(quiz.body.questions[1]).toEqual({
      kind: 'ordering',
      prompt: 'Put in order',
      options: ['Write', 'Send', 'Open the app'],
    });

    const wrong = await as('learner')
      .post(`/api/courses/${courseId}/items/${quizId}/answers`, { answers: [[0], [0, 1, 2]] })
      .expect(200);
    expect(wrong.body).toEqual({ correct: 0, total: 2, passed: false, questions: [false, false] });
    const right = await as('learner')
      .post(`/api/courses/${courseId}/items/${quizId}/answers`, { answers: [[1], [2, 0, 1]] })
      .expect(200);
    expect(right.body.passed).toBe(true);

    const done = (await as('learner').get(`/api/courses/${courseId}`).expect(200))
      .body as CourseOutline;
    expect(done).toMatchObject({
      progress: { completed: 2, total: 2, percent: 100 },
      nextItemId: null,
    });
    expect(done.completedAt).not.toBeNull();
    expect((await as('learner').get('/api/me/courses').expect(200)).body).toHaveLength(1);
  });

  it('refuses progress that does not fit the item', async () => {
    await as('learner').post(`/api/courses/${courseId}/items/${quizId}/completion`).expect(400);
    await as('learner')
      .post(`/api/courses/${courseId}/items/${lessonId}/answers`, { answers: [] })
      .expect(400);
    const count = await as('learner')
      .post(`/api/courses/${courseId}/items/${quizId}/answers`, { answers: [[1]] })
      .expect(400);
    expect(count.body.errors[0].field).toBe('answers');
    const garbage = await as('learner')
      .post(`/api/courses/${courseId}/items/${quizId}/answers`, { answers: [['x'], [-1]] })
      .expect(400);
    expect(garbage.body.errors[0].field).toBe('answers');
    await as('mentor').post(`/api/courses/${courseId}/items/${lessonId}/completion`).expect(403);
    await as('learner').get(`/api/courses/${courseId}/items/not-a-uuid`).expect(400);
    await as('learner')
      .get(`/api/courses/${courseId}/items/6f1c1f4e-0000-4000-8000-000000000000`)
      .expect(404);
  });

  it('lets a mentor enrol a learner of their cohort, but not a learner enrol someone else', async () => {
    const other = (
      await t.http.post('/api/auth/sign-up').send({
        username: 'zainab',
        password: 'a long password',
        displayName: 'Zainab',
        preferredLanguage: 'ar',
      })
    ).body as SessionResponse;
    await as('learner')
      .post(`/api/courses/${courseId}/enrolments`, { learnerId: other.account.id })
      .expect(403);
    await as('mentor')
      .post(`/api/courses/${courseId}/enrolments`, { learnerId: other.account.id })
      .expect(403);
    const cohort = (await as('mentor').post('/api/cohorts', { name: 'Evening group' }).expect(201))
      .body as { id: string };
    await as('mentor').post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'zainab' });
    const byMentor = (
      await as('mentor')
        .post(`/api/courses/${courseId}/enrolments`, { learnerId: other.account.id })
        .expect(200)
    ).body as CourseOutline;
    expect(byMentor.enrolled).toBe(true);
    const notLearner = await as('mentor')
      .post(`/api/courses/${courseId}/enrolments`, { learnerId: s['admin'].account.id })
      .expect(400);
    expect(notLearner.body.errors[0].field).toBe('learnerId');
    const zainab = await t.http
      .get('/api/me/courses?lang=ar')
      .set('Authorization', `Bearer ${other.accessToken}`)
      .expect(200);
    expect(zainab.body[0]).toMatchObject({ language: 'en', progress: { completed: 0 } });
  });

  it('hides an unpublished course from learners again', async () => {
    await as('mentor').post(`/api/courses/${courseId}/unpublication`).expect(200);
    await as('learner').get(`/api/courses/${courseId}`).expect(404);
    expect((await as('learner').get('/api/me/courses').expect(200)).body).toEqual([]);
    await as('learner').post(`/api/courses/${courseId}/enrolments`).expect(404);
  });
});
