import type {
  CourseAuthoring,
  CourseOutline,
  CourseSummary,
  ExerciseDefinition,
  ExerciseView,
  ItemView,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { bearer, createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';

const COURSE = {
  slug: 'greetings',
  defaultLanguage: 'en',
  translations: { en: { title: 'Greetings', summary: 'Say hello in code.' } },
  levels: { coding: { entry: 1, target: 2 } },
};

const LESSON = {
  kind: 'lesson',
  translations: {
    en: { title: 'Hello', body: '# Hello\n\nSay **hello**.' },
    fr: { title: 'Bonjour', body: '# Bonjour\n\nDites **bonjour**.' },
  },
};

const QUIZ = {
  kind: 'quiz',
  translations: { en: { title: 'Check' } },
  questions: [
    {
      kind: 'single',
      answer: [1],
      translations: { en: { prompt: 'Which greets?', options: ['Bye', 'Hello'] } },
    },
  ],
};

const EXERCISE: ExerciseDefinition = {
  language: 'javascript',
  solutionFile: 'greet.js',
  starter: 'export function greet(name) {\n  // Write your code here.\n}\n',
  exampleTests:
    "import { greet } from './greet';\n\ntest('greets Ana', () => {\n  expect(greet('Ana')).toBe('Hello, Ana!');\n});\n",
  hiddenTests:
    "import { greet } from './greet';\n\ntest('greets Bo', () => {\n  expect(greet('Bo')).toBe('Hello, Bo!');\n});\n",
  translations: {
    en: { prompt: 'Write `greet(name)`.', hints: ['Use a template string.'] },
    fr: { prompt: 'Écrivez `greet(name)`.', hints: ['Utilisez un gabarit de chaîne.'] },
  },
};
const REFERENCE = 'export const greet = (name) => `Hello, ${name}!`;\n';
const UNKNOWN = '6f1c1f4e-0000-4000-8000-000000000000';

describe('course authoring', () => {
  let t: TestApp;
  const s: Record<string, SessionResponse> = {};
  let courseId: string;
  let moduleIds: string[];
  let lessonId: string;
  let quizId: string;
  let exerciseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['admin', 'mentor', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    const invited = await t.http
      .post('/api/invitations')
      .set(...bearer(s['admin']))
      .send({ email: 'second.mentor@example.org', displayName: 'Second', role: 'mentor' });
    const token = String(invited.body.link).split('#token=')[1];
    s['otherMentor'] = (
      await t.http.post('/api/invitations/accept').send({ token, password: 'another mentor' })
    ).body as SessionResponse;
  }, 30_000);
  afterAll(() => t.close());

  const as = (who: string) => requestsAs(t.http, s[who]);
  const course = (rest = '') => `/api/courses/${courseId}${rest}`;
  const items = (m: number) => course(`/modules/${moduleIds[m]}/items`);
  const authoring = async (who = 'mentor') =>
    (await as(who).get(course('/authoring')).expect(200)).body as CourseAuthoring;
  /** Positions as stored, per module for items: they must stay 0…n-1. */
  const positions = async (table: 'course_modules' | 'course_items') => {
    const rows: { position: number; module_id: string }[] = await t.app
      .get(DataSource)
      .query(
        table === 'course_modules'
          ? 'SELECT position, course_id AS module_id FROM course_modules WHERE course_id = $1 ORDER BY position'
          : 'SELECT i.position, i.module_id FROM course_items i JOIN course_modules m ON m.id = i.module_id WHERE m.course_id = $1 ORDER BY i.module_id, i.position',
        [courseId],
      );
    return rows;
  };

  it('builds a course of modules, a lesson, a quiz and an exercise checked by the grader', async () => {
    courseId = ((await as('mentor').post('/api/courses', COURSE).expect(201)).body as CourseOutline)
      .id;
    for (const title of ['Basics', 'Practice']) {
      await as('mentor')
        .post(course('/modules'), { translations: { en: { title } } })
        .expect(201);
    }
    moduleIds = (await authoring()).modules.map((m) => m.id);
    await as('mentor').post(items(0), LESSON).expect(201);
    await as('mentor').post(items(0), QUIZ).expect(201);
    const outline = (
      await as('mentor')
        .post(items(1), {
          kind: 'exercise',
          translations: { en: { title: 'Greet' }, fr: { title: 'Saluer' } },
          exercise: EXERCISE,
          referenceSolution: REFERENCE,
        })
        .expect(201)
    ).body as CourseOutline;
    expect(outline.modules.map((m) => m.items.map((i) => i.kind))).toEqual([
      ['lesson', 'quiz'],
      ['exercise'],
    ]);

    const full = await authoring();
    [lessonId, quizId] = full.modules[0].items.map((i) => i.id);
    exerciseId = full.modules[1].items[0].id;
    expect(full).toMatchObject({
      status: 'draft',
      editable: true,
      author: { id: s['mentor'].account.id },
      learnerCount: 0,
    });
    expect(full.modules[0].items[0].translations).toEqual(LESSON.translations);
    expect(full.modules[0].items[1].questions?.[0].answer).toEqual([1]);
    expect(full.modules[1].items[0]).toMatchObject({ exercise: EXERCISE, hasLearnerWork: false });
    expect(JSON.stringify(full)).not.toContain(REFERENCE.trim());

    const list = (await as('otherMentor').get('/api/authoring/courses?lang=fr').expect(200))
      .body as CourseSummary[];
    expect(list.find((c) => c.id === courseId)).toMatchObject({
      title: 'Greetings',
      status: 'draft',
      moduleCount: 2,
      itemCount: 3,
      languages: ['en'],
      editable: false,
      author: { id: s['mentor'].account.id },
    });
  });

  it('lets every mentor read and preview, but only the author or an admin change', async () => {
    expect((await authoring('otherMentor')).editable).toBe(false);
    expect((await authoring('admin')).editable).toBe(true);
    await as('learner').get(course('/authoring')).expect(403);
    await as('learner').get('/api/authoring/courses').expect(403);
    await as('learner')
      .get(course(`/items/${lessonId}`))
      .expect(404);

    const preview = (
      await as('otherMentor')
        .get(course(`/items/${lessonId}?lang=fr`))
        .expect(200)
    ).body as ItemView;
    expect(preview).toMatchObject({ language: 'fr', title: 'Bonjour', completed: false });
    const exercise = (
      await as('mentor')
        .get(course(`/items/${exerciseId}/exercise?lang=fr`))
        .expect(200)
    ).body as ExerciseView;
    expect(exercise).toMatchObject({ language: 'fr', hintCount: 1, starter: EXERCISE.starter });
    expect(JSON.stringify(exercise)).not.toContain('greets Bo');

    const writes = [
      () => as('otherMentor').patch(course(), { translations: COURSE.translations }),
      () => as('otherMentor').post(course('/modules'), { translations: { en: { title: 'x' } } }),
      () => as('otherMentor').patch(course(`/modules/${moduleIds[0]}`), { position: 1 }),
      () => as('otherMentor').delete(course(`/modules/${moduleIds[1]}`)),
      () => as('otherMentor').post(items(0), LESSON),
      () => as('otherMentor').patch(`${items(0)}/${lessonId}`, { position: 1 }),
      () => as('otherMentor').delete(`${items(0)}/${quizId}`),
      () => as('otherMentor').post(course('/publication')),
      () => as('learner').post(items(0), LESSON),
      () => as('learner').delete(`${items(0)}/${quizId}`),
      () => as('learner').patch(course(`/modules/${moduleIds[0]}`), { position: 1 }),
    ];
    for (const [i, write] of writes.entries()) {
      expect({ i, status: (await write()).status }).toEqual({ i, status: 403 });
    }
    expect((await authoring()).modules.map((m) => m.items.length)).toEqual([2, 1]);
  });

  it('answers 404 for unknown courses, modules and items, 400 for malformed ids', async () => {
    await as('mentor').get(`/api/courses/${UNKNOWN}/authoring`).expect(404);
    await as('mentor').patch(`/api/courses/${UNKNOWN}/modules/${moduleIds[0]}`, {}).expect(404);
    await as('mentor')
      .patch(course(`/modules/${UNKNOWN}`), { position: 0 })
      .expect(404);
    await as('mentor')
      .delete(course(`/modules/${UNKNOWN}`))
      .expect(404);
    await as('mentor')
      .post(course(`/modules/${UNKNOWN}/items`), LESSON)
      .expect(404);
    await as('mentor')
      .patch(`${items(0)}/${UNKNOWN}`, { position: 0 })
      .expect(404);
    await as('mentor')
      .delete(`${items(1)}/${lessonId}`)
      .expect(404);
    await as('mentor')
      .delete(`${items(0)}/not-a-uuid`)
      .expect(400);
    const other = (
      await as('mentor')
        .post('/api/courses', { ...COURSE, slug: 'another-course' })
        .expect(201)
    ).body as CourseOutline;
    await as('mentor')
      .patch(`/api/courses/${other.id}/modules/${moduleIds[0]}`, { position: 0 })
      .expect(404);
  });

  it('refuses bad content with 400 and the field that is wrong', async () => {
    const cases: [
      () => Promise<{ status: number; body: { errors?: { field: string }[] } }>,
      string,
    ][] = [
      [
        () =>
          as('mentor').post(items(0), {
            ...QUIZ,
            questions: [{ ...QUIZ.questions[0], answer: [5] }],
          }),
        'questions.0.answer',
      ],
      [
        () => as('mentor').post(course('/modules'), { translations: { fr: { title: 'x' } } }),
        'translations.en',
      ],
      [
        () =>
          as('mentor').post(items(1), {
            kind: 'exercise',
            translations: { en: { title: 'x' } },
            exercise: { ...EXERCISE, solutionFile: '../etc/passwd' },
          }),
        'exercise.solutionFile',
      ],
      [
        () =>
          as('mentor').post(items(1), { kind: 'exercise', translations: { en: { title: 'x' } } }),
        'exercise',
      ],
      [
        () =>
          as('mentor').post(items(1), {
            kind: 'exercise',
            translations: { en: { title: 'x' } },
            exercise: { ...EXERCISE, translations: { fr: EXERCISE.translations.fr } },
          }),
        'exercise.translations.en',
      ],
      [
        () =>
          as('mentor').post(items(1), {
            kind: 'exercise',
            translations: { en: { title: 'x' } },
            exercise: {
              ...EXERCISE,
              translations: { ...EXERCISE.translations, fr: { prompt: 'p', hints: [] } },
            },
          }),
        'exercise.translations.fr.hints',
      ],
      [
        () =>
          as('mentor').post(items(1), {
            kind: 'exercise',
            translations: { en: { title: 'x' } },
            exercise: { ...EXERCISE, language: 'python' },
          }),
        'exercise.language',
      ],
      [
        () =>
          as('mentor').post(items(1), {
            kind: 'exercise',
            translations: { en: { title: 'x' } },
            exercise: { ...EXERCISE, starter: 'x'.repeat(20_001) },
          }),
        'exercise.starter',
      ],
      [() => as('mentor').post(items(0), { ...LESSON, exercise: EXERCISE }), 'exercise'],
      [() => as('mentor').patch(`${items(0)}/${lessonId}`, { kind: 'quiz' }), 'kind'],
      [
        () =>
          as('mentor').patch(`${items(0)}/${lessonId}`, {
            translations: { ...LESSON.translations, ar: { title: 'مرحبا' } },
          }),
        'translations.ar.body',
      ],
      [() => as('mentor').patch(`${items(0)}/${lessonId}`, { position: 2 }), 'position'],
      [() => as('mentor').patch(course(`/modules/${moduleIds[0]}`), { position: -1 }), 'position'],
      [() => as('mentor').patch(course(), { defaultLanguage: 'fr' }), 'translations.fr'],
    ];
    for (const [send, field] of cases) {
      const response = await send();
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.errors?.map((e) => e.field)).toContain(field);
    }
  });

  it('grades a reference solution before saving an exercise', async () => {
    const failing = await as('mentor')
      .post(items(1), {
        kind: 'exercise',
        translations: { en: { title: 'Wrong' } },
        exercise: EXERCISE,
        referenceSolution: 'export const greet = (name) => `Hi, ${name}`;',
      })
      .expect(400);
    expect(failing.body.errors[0]).toMatchObject({ field: 'referenceSolution', code: 'mustPass' });
    expect(failing.body.errors[0].message).toContain('greets Ana');
    const easy = await as('mentor')
      .patch(`${items(1)}/${exerciseId}`, {
        exercise: { ...EXERCISE, starter: REFERENCE },
        referenceSolution: REFERENCE,
      })
      .expect(400);
    expect(easy.body.errors[0]).toMatchObject({ field: 'exercise.starter', code: 'mustFail' });
    // Against the stored tests, with no new definition.
    await as('mentor')
      .patch(`${items(1)}/${exerciseId}`, { referenceSolution: REFERENCE })
      .expect(200);
    expect((await authoring()).modules[1].items).toHaveLength(1);
  });

  it('edits translations, quizzes and exercises', async () => {
    await as('mentor')
      .patch(course(), {
        translations: {
          ...COURSE.translations,
          fr: { title: 'Salutations', summary: 'Dire bonjour en code.' },
        },
      })
      .expect(200);
    await as('mentor')
      .patch(course(`/modules/${moduleIds[0]}`), {
        translations: { en: { title: 'First steps' }, fr: { title: 'Premiers pas' } },
      })
      .expect(200);
    await as('mentor')
      .patch(`${items(0)}/${lessonId}`, {
        translations: {
          ...LESSON.translations,
          ar: { title: 'مرحبا', body: '# مرحبا\n\nقل **مرحبا**.' },
        },
      })
      .expect(200);
    const questions = [
      { ...QUIZ.questions[0] },
      {
        kind: 'ordering',
        answer: [1, 0],
        translations: { en: { prompt: 'Order', options: ['Second', 'First'] } },
      },
    ];
    await as('mentor')
      .patch(`${items(0)}/${quizId}`, { questions })
      .expect(200);
    const exercise = {
      ...EXERCISE,
      translations: {
        ...EXERCISE.translations,
        en: { prompt: 'Write `greet(name)` again.', hints: ['Template strings help.'] },
      },
    };
    await as('mentor')
      .patch(`${items(1)}/${exerciseId}`, { exercise })
      .expect(200);

    const full = await authoring();
    expect(full.translations.fr?.title).toBe('Salutations');
    expect(full.modules[0].translations.fr?.title).toBe('Premiers pas');
    expect(Object.keys(full.modules[0].items[0].translations).sort()).toEqual(['ar', 'en', 'fr']);
    expect(full.modules[0].items[1].questions).toEqual(questions);
    expect(full.modules[1].items[0].exercise?.translations.en?.prompt).toBe(
      'Write `greet(name)` again.',
    );
    const preview = (
      await as('mentor')
        .get(course(`/items/${lessonId}?lang=ar`))
        .expect(200)
    ).body as ItemView;
    expect(preview).toMatchObject({ language: 'ar', title: 'مرحبا' });
    const list = (await as('mentor').get('/api/authoring/courses').expect(200))
      .body as CourseSummary[];
    expect(list.find((c) => c.id === courseId)?.languages).toEqual(['en', 'fr']);
    // French cannot become the default while a module and the quiz are not in French yet.
    const notYet = await as('mentor').patch(course(), { defaultLanguage: 'fr' }).expect(400);
    expect(notYet.body.errors[0].field).toBe('defaultLanguage');
    expect(notYet.body.errors[0].message).toContain('module 2');
  });

  it('reorders modules and items, keeping positions dense', async () => {
    await as('mentor')
      .patch(course(`/modules/${moduleIds[1]}`), { position: 0 })
      .expect(200);
    let full = await authoring();
    expect(full.modules.map((m) => m.id)).toEqual([moduleIds[1], moduleIds[0]]);
    await as('mentor')
      .patch(`${items(0)}/${quizId}`, { position: 0 })
      .expect(200);
    full = await authoring();
    expect(full.modules[1].items.map((i) => i.id)).toEqual([quizId, lessonId]);

    // The quiz moves to the other module, between nothing and the exercise.
    await as('mentor')
      .patch(`${items(0)}/${quizId}`, { moduleId: moduleIds[1], position: 0 })
      .expect(200);
    full = await authoring();
    expect(full.modules.map((m) => m.items.map((i) => i.id))).toEqual([
      [quizId, exerciseId],
      [lessonId],
    ]);
    expect((await positions('course_modules')).map((r) => r.position)).toEqual([0, 1]);
    const itemRows = await positions('course_items');
    const byModule = (id: string) =>
      itemRows.filter((r) => r.module_id === id).map((r) => r.position);
    expect(byModule(moduleIds[1])).toEqual([0, 1]);
    expect(byModule(moduleIds[0])).toEqual([0]);

    // And back to the end of its first module.
    await as('mentor')
      .patch(`${items(1)}/${quizId}`, { moduleId: moduleIds[0] })
      .expect(200);
    await as('mentor')
      .patch(course(`/modules/${moduleIds[0]}`), { position: 0 })
      .expect(200);
    full = await authoring();
    expect(full.modules.map((m) => m.items.map((i) => i.id))).toEqual([
      [lessonId, quizId],
      [exerciseId],
    ]);
    await as('mentor')
      .patch(`${items(0)}/${quizId}`, { moduleId: UNKNOWN })
      .expect(400);
  });

  it('publishes; then never deletes what learners have worked on', async () => {
    const empty = (
      await as('mentor').post(course('/modules'), { translations: { en: { title: 'Spare' } } })
    ).body as CourseOutline;
    const spareModule = empty.modules[2].id;
    await as('mentor')
      .post(`/api/courses/${courseId}/modules/${spareModule}/items`, {
        ...LESSON,
        translations: { en: LESSON.translations.en },
      })
      .expect(201);

    await as('mentor').post(course('/publication')).expect(200);
    const catalogue = (await as('learner').get('/api/courses?lang=fr').expect(200)).body;
    expect(catalogue).toContainEqual(
      expect.objectContaining({ id: courseId, title: 'Salutations' }),
    );
    await as('learner').post(course('/enrolments')).expect(200);
    await as('learner')
      .post(course(`/items/${lessonId}/completion`))
      .expect(200);
    await as('learner')
      .post(course(`/items/${exerciseId}/submissions`), { kind: 'run', source: REFERENCE })
      .expect(200);

    const full = await authoring();
    expect(full.learnerCount).toBe(1);
    expect(full.modules.flatMap((m) => m.items.map((i) => i.hasLearnerWork))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    const refused = await as('mentor')
      .delete(`${items(0)}/${lessonId}`)
      .expect(409);
    expect(refused.body.detail).toMatch(/progress or submissions/);
    await as('mentor')
      .delete(`${items(1)}/${exerciseId}`)
      .expect(409);
    await as('mentor')
      .delete(course(`/modules/${moduleIds[1]}`))
      .expect(409);
    // Work that nobody has touched can go, and the rest closes up.
    await as('mentor')
      .delete(`${items(0)}/${quizId}`)
      .expect(200);
    await as('mentor')
      .patch(course(`/modules/${spareModule}`), { position: 0 })
      .expect(200);
    const outline = (
      await as('mentor')
        .delete(course(`/modules/${spareModule}`))
        .expect(200)
    ).body as CourseOutline;
    expect(outline.modules.map((m) => m.id)).toEqual(moduleIds);
    expect((await positions('course_modules')).map((r) => r.position)).toEqual([0, 1]);
    const learner = (await as('learner').get(course()).expect(200)).body as CourseOutline;
    expect(learner.progress).toMatchObject({ completed: 1, total: 2 });

    await as('mentor').post(course('/unpublication')).expect(200);
    await as('learner').get(course()).expect(404);
    expect((await authoring()).status).toBe('draft');
  });
});
