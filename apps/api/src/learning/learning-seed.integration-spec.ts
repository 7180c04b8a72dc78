import { type CourseOutline, LANGUAGE_CODES } from '@passerelle/contracts';
import { questionProblem } from '@passerelle/learning';

import { bearer, createTestApp, DEMO, type TestApp } from '../../test/test-app';
import { LearningSeedService } from './learning-seed.service';
import { DIGITAL_BASICS } from './seed/digital-basics';

describe('demo courses', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('are well-formed, in every language, with valid quizzes', () => {
    expect(DIGITAL_BASICS.modules.length).toBeGreaterThanOrEqual(4);
    for (const module of DIGITAL_BASICS.modules) {
      expect(Object.keys(module.translations).sort()).toEqual([...LANGUAGE_CODES].sort());
      for (const item of module.items) {
        expect(Object.keys(item.translations).sort()).toEqual([...LANGUAGE_CODES].sort());
        for (const question of item.questions ?? []) {
          for (const code of LANGUAGE_CODES) {
            const text = question.translations[code];
            expect(text).toBeDefined();
            expect(questionProblem(question, text?.options.length ?? 0)).toBeNull();
          }
        }
      }
    }
  });

  it('are seeded once, published, and can be taken to the end', async () => {
    const seed = t.app.get(LearningSeedService);
    expect(await seed.seedDemoCourses(null)).toEqual(['digital-basics']);
    expect(await seed.seedDemoCourses(null)).toEqual([]);

    const learner = await t.signIn(DEMO.learner);
    const [course] = (
      await t.http
        .get('/api/courses?lang=ar')
        .set(...bearer(learner))
        .expect(200)
    ).body;
    expect(course).toMatchObject({
      slug: 'digital-basics',
      language: 'ar',
      title: 'أساسيات الرقمية',
    });
    let outline = (
      await t.http
        .post(`/api/courses/${course.id}/enrolments`)
        .set(...bearer(learner))
        .expect(200)
    ).body as CourseOutline;
    const quizzes = DIGITAL_BASICS.modules.flatMap((m) => m.items.filter((i) => i.kind === 'quiz'));
    let quizIndex = 0;
    for (const item of outline.modules.flatMap((m) => m.items)) {
      const path = `/api/courses/${course.id}/items/${item.id}`;
      if (item.kind === 'lesson') {
        outline = (
          await t.http
            .post(`${path}/completion`)
            .set(...bearer(learner))
            .expect(200)
        ).body;
      } else {
        const answers = (quizzes[quizIndex++].questions ?? []).map((q) => q.answer);
        const result = await t.http
          .post(`${path}/answers`)
          .set(...bearer(learner))
          .send({ answers })
          .expect(200);
        expect(result.body.passed).toBe(true);
      }
    }
    outline = (
      await t.http
        .get(`/api/courses/${course.id}`)
        .set(...bearer(learner))
        .expect(200)
    ).body;
    expect(outline.progress).toMatchObject({ percent: 100 });
    expect(outline.completedAt).not.toBeNull();
  });
});
