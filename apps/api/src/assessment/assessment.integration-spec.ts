import {
  DEFAULT_ENGINE_CONFIG,
  MIN_TIMED_ANSWERS,
  MIN_TIMED_ATTEMPTS,
  minutesFor,
  probability,
  testLength,
} from '@passerelle/assessment';
import type {
  AssessedLearner,
  AssessmentOverview,
  AttemptReview,
  AttemptView,
  CohortDetail,
  ItemBankView,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { CodingSeedService } from '../coding/coding-seed.service';
import { LearningSeedService } from '../learning/learning-seed.service';
import { AssessmentSeedService } from './assessment-seed.service';
import { CoursePlacementService } from './course-placement.service';
import { AssessmentAttempt } from './entities/assessment-attempt.entity';
import { AssessmentItem } from './entities/assessment-item.entity';
import { AssessmentResponse } from './entities/assessment-response.entity';
import { ItemBankService } from './item-bank.service';
import { optionIdsOf } from './served-item';
import { TestLengthService } from './test-length.service';

/** The value, or a failed test saying what was missing. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

const INTAKE = {
  languages: [
    { language: 'ti', skill: 'native' },
    { language: 'fr', skill: 'conversational' },
  ],
  devices: ['phone', 'shared-computer'],
  schooling: 'secondary',
  jobGoal: 'Web developer',
};

describe('skills assessment', () => {
  let t: TestApp;
  let db: DataSource;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);

  const signUp = async (username: string) =>
    (
      await t.http
        .post('/api/auth/sign-up')
        .send({
          username,
          password: 'a long password',
          displayName: username,
          preferredLanguage: 'fr',
        })
        .expect(201)
    ).body as SessionResponse;

  /** The option ids a learner of ability θ would most likely choose, or "I don't know". */
  async function answerFor(attempt: AttemptView, theta: number) {
    const served = attempt.current;
    if (!served) throw new Error('no item served');
    const item = await db.getRepository(AssessmentItem).findOneByOrFail({ id: served.itemId });
    const { seed } = await db.getRepository(AssessmentAttempt).findOneByOrFail({ id: attempt.id });
    const right = probability(item, theta) > 0.5;
    return {
      position: served.position,
      itemId: served.itemId,
      ...(right ? { choiceIds: optionIdsOf(item, seed, item.answer) } : { dontKnow: true }),
    };
  }

  async function takeWholeTest(who: string, attempt: AttemptView, theta: number) {
    let view = attempt;
    while (view.status === 'in-progress') {
      view = (
        await as(who)
          .post(`/api/assessment/attempts/${view.id}/answers`, await answerFor(view, theta))
          .expect(200)
      ).body;
    }
    return view;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    const added = await t.app.get(AssessmentSeedService).seedItemBank();
    expect(added).toBeGreaterThanOrEqual(120);
    await t.app.get(LearningSeedService).seedDemoCourses(null);
    await t.app.get(CodingSeedService).seedDemoCourses(null);
    for (const role of ['admin', 'mentor', 'learner'] as const)
      s[role] = await t.signIn(DEMO[role]);
    s['newcomer'] = await signUp('newcomer');
    s['other'] = await signUp('other');
    // The demo mentor mentors the newcomer; nobody mentors "other".
    const cohort = (
      await as('mentor').post('/api/cohorts', { name: 'Assessment cohort' }).expect(201)
    ).body as CohortDetail;
    await as('mentor')
      .post(`/api/cohorts/${cohort.id}/learners`, { identifier: 'newcomer' })
      .expect(200);
  }, 60_000);
  afterAll(() => t.close());

  it('asks for the intake before the test, and checks it', async () => {
    const overview = (await as('newcomer').get('/api/assessment/me').expect(200))
      .body as AssessmentOverview;
    expect(overview).toMatchObject({ intake: null, current: null, latest: null, canStart: true });
    expect(overview.languages).toEqual(['en', 'fr', 'ar']);
    const refused = await as('newcomer')
      .post('/api/assessment/attempts', { language: 'fr' })
      .expect(409);
    expect(refused.body.type).toBe('urn:passerelle:problem:intake-required');

    const bad = await as('newcomer')
      .put('/api/assessment/me/intake', {
        ...INTAKE,
        languages: [{ language: 'Tigrinya!', skill: 'native' }],
        devices: ['tablet'],
      })
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'devices',
      'languages.0.language',
    ]);

    const intake = (await as('newcomer').put('/api/assessment/me/intake', INTAKE).expect(200)).body;
    expect(intake).toMatchObject(INTAKE);
    expect((await as('newcomer').get('/api/assessment/me').expect(200)).body.intake).toMatchObject(
      INTAKE,
    );
  });

  it('is for learners: staff cannot take it, learners cannot read the bank', async () => {
    await as('mentor').get('/api/assessment/me').expect(403);
    await as('newcomer').get('/api/assessment/items').expect(403);
    await as('newcomer').get('/api/assessment/learners').expect(403);
  });

  let attempt: AttemptView;

  it('starts in the chosen language, serves no key, and resumes at the same item', async () => {
    await as('newcomer').post('/api/assessment/attempts', { language: 'de' }).expect(400);
    const started = await as('newcomer')
      .post('/api/assessment/attempts', { language: 'fr' })
      .expect(201);
    attempt = started.body;
    expect(attempt).toMatchObject({ status: 'in-progress', language: 'fr', answered: 0 });
    expect(attempt.current).toMatchObject({ position: 1, language: 'fr' });
    // At least one question per area, at most the maximum.
    expect(attempt.questionsLeft).toBeGreaterThanOrEqual(6);
    expect(attempt.questionsLeft).toBeLessThanOrEqual(DEFAULT_ENGINE_CONFIG.maxLength);
    const raw = JSON.stringify(started.body);
    for (const secret of ['"answer"', '"a":', '"b":', '"c":', 'exposure', '"seed"'])
      expect(raw).not.toContain(secret);

    const again = (
      await as('newcomer').post('/api/assessment/attempts', { language: 'fr' }).expect(200)
    ).body as AttemptView;
    expect(again.id).toBe(attempt.id);
    expect(again.current).toEqual(attempt.current);
    const read = (await as('newcomer').get(`/api/assessment/attempts/${attempt.id}`).expect(200))
      .body;
    expect(read.current).toEqual(attempt.current);
    // Another learner does not learn that the attempt exists.
    await as('other').get(`/api/assessment/attempts/${attempt.id}`).expect(404);
  });

  it('switches language mid-test on the same item', async () => {
    const switched = (
      await as('newcomer')
        .put(`/api/assessment/attempts/${attempt.id}/language`, { language: 'ar' })
        .expect(200)
    ).body as AttemptView;
    expect(switched.language).toBe('ar');
    expect(switched.current?.itemId).toBe(attempt.current?.itemId);
    expect(switched.current?.language).toBe('ar');
    expect(switched.current?.prompt).not.toBe(attempt.current?.prompt);
    await as('newcomer')
      .put(`/api/assessment/attempts/${attempt.id}/language`, { language: 'xx' })
      .expect(400);
    attempt = (
      await as('newcomer')
        .put(`/api/assessment/attempts/${attempt.id}/language`, { language: 'fr' })
        .expect(200)
    ).body;
  });

  it('refuses bad answers and records nothing', async () => {
    const served = present(attempt.current, 'a served item');
    const url = `/api/assessment/attempts/${attempt.id}/answers`;
    const choice = served.options[0].id;
    const cases: [object, number, string][] = [
      [{ position: 2, itemId: served.itemId, choiceIds: [choice] }, 409, 'not-current-item'],
      [
        { position: 1, itemId: '00000000-0000-4000-8000-000000000000', choiceIds: [choice] },
        409,
        'not-current-item',
      ],
      [{ position: 1, itemId: served.itemId, choiceIds: ['nope'] }, 400, 'validation'],
      [
        { position: 1, itemId: served.itemId, choiceIds: [choice], dontKnow: true },
        400,
        'validation',
      ],
      [{ position: 1, itemId: served.itemId }, 400, 'validation'],
      [{ position: 0, itemId: served.itemId, dontKnow: true }, 400, 'validation'],
    ];
    for (const [body, status, type] of cases) {
      const response = await as('newcomer').post(url, body).expect(status);
      expect(response.body.type).toBe(`urn:passerelle:problem:${type}`);
    }
    await as('other').post(url, { position: 1, itemId: served.itemId, dontKnow: true }).expect(404);
    expect(await db.getRepository(AssessmentResponse).countBy({ attemptId: attempt.id })).toBe(0);
  });

  it('records one answer when the same answer is sent twice at once', async () => {
    const body = await answerFor(attempt, 0);
    const url = `/api/assessment/attempts/${attempt.id}/answers`;
    const [x, y] = await Promise.all([
      as('newcomer').post(url, body),
      as('newcomer').post(url, body),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    expect(await db.getRepository(AssessmentResponse).countBy({ attemptId: attempt.id })).toBe(1);
    attempt = (x.status === 200 ? x : y).body;
    expect(attempt.answered).toBe(1);
    expect(attempt.current?.position).toBe(2);
    expect(attempt.current?.itemId).not.toBe(body.itemId);
  });

  it('goes to the end and gives levels per area with recommended courses', async () => {
    const done = await takeWholeTest('newcomer', attempt, -0.3);
    expect(done.status).toBe('completed');
    expect(done.current).toBeNull();
    expect(done.answered).toBeGreaterThanOrEqual(6);
    expect(done.answered).toBeLessThanOrEqual(DEFAULT_ENGINE_CONFIG.maxLength);
    const result = present(done.result, 'a result');
    expect(Object.keys(result.areas).sort()).toEqual(
      [
        'coding',
        'communication',
        'content-creation',
        'information',
        'problem-solving',
        'safety',
      ].sort(),
    );
    for (const scale of Object.values(result.areas)) {
      expect(scale.level).toBeGreaterThanOrEqual(1);
      expect(scale.level).toBeLessThanOrEqual(8);
      expect(scale.answered).toBeGreaterThanOrEqual(1);
      // Each area says when and why the test stopped asking in it.
      const decision = present(scale.decision, 'a decision');
      expect(decision.confidence).toBeGreaterThan(0.25);
      expect(decision.fromLevel).toBeLessThanOrEqual(scale.level);
      expect(decision.toLevel).toBeGreaterThanOrEqual(scale.level);
      if (decision.settled !== null) {
        expect(decision.after).toBeGreaterThanOrEqual(1);
        expect(decision.after).toBeLessThanOrEqual(done.answered);
      }
    }
    expect(result.overall.se).toBeLessThan(0.8);
    expect(result.override).toBeNull();
    for (const course of result.recommendations) {
      expect(course.reasons.length).toBeGreaterThan(0);
      for (const reason of course.reasons) {
        expect(reason.learnerLevel).toBeGreaterThanOrEqual(reason.courseEntry);
        expect(reason.courseTarget).toBeGreaterThan(reason.learnerLevel);
      }
    }
    const late = await as('newcomer')
      .post(`/api/assessment/attempts/${done.id}/answers`, {
        position: done.answered + 1,
        itemId: '00000000-0000-4000-8000-000000000000',
        dontKnow: true,
      })
      .expect(409);
    expect(late.body.type).toBe('urn:passerelle:problem:not-current-item');
    attempt = done;
  });

  it('holds a retake back until the cooldown ends or a mentor resets the attempt', async () => {
    const overview = (await as('newcomer').get('/api/assessment/me').expect(200))
      .body as AssessmentOverview;
    expect(overview.canStart).toBe(false);
    expect(overview.latest?.id).toBe(attempt.id);
    expect(Date.parse(present(overview.retakeAvailableAt, 'a retake date'))).toBeGreaterThan(
      Date.now() + 29 * 86_400_000,
    );
    const refused = await as('newcomer')
      .post('/api/assessment/attempts', { language: 'fr' })
      .expect(409);
    expect(refused.body).toMatchObject({
      type: 'urn:passerelle:problem:retake-cooldown',
      retakeAvailableAt: overview.retakeAvailableAt,
    });
  });

  it('shows mentors their learners’ attempts item by item, and only theirs', async () => {
    const learners = (await as('mentor').get('/api/assessment/learners').expect(200))
      .body as AssessedLearner[];
    const newcomer = present(
      learners.find((l) => l.id === s['newcomer'].account.id),
      'the newcomer',
    );
    expect(newcomer).toMatchObject({
      cohorts: ['Assessment cohort'],
      latest: { id: attempt.id, status: 'completed' },
    });
    expect(newcomer.intake).toMatchObject(INTAKE);
    expect(learners.some((l) => l.id === s['other'].account.id)).toBe(false);
    const all = (await as('admin').get('/api/assessment/learners').expect(200))
      .body as AssessedLearner[];
    expect(all.some((l) => l.id === s['other'].account.id)).toBe(true);

    const review = (
      await as('mentor').get(`/api/assessment/attempts/${attempt.id}/review`).expect(200)
    ).body as AttemptReview;
    expect(review.responses).toHaveLength(
      await db.getRepository(AssessmentResponse).countBy({ attemptId: attempt.id }),
    );
    expect(review.responses.map((r) => r.position)).toEqual(review.responses.map((_, i) => i + 1));
    for (const r of review.responses) {
      expect(Number.isFinite(r.thetaAfter)).toBe(true);
      expect(r.seAfter).toBeGreaterThan(0);
      expect(r.timeSpentMs).toBeGreaterThanOrEqual(0);
      expect(r.correct).toBe(!r.dontKnow);
    }
    expect(review.responses.at(-1)?.thetaAfter).toBeCloseTo(
      present(review.overall, 'an estimate').theta,
      6,
    );

    const detail = (
      await as('mentor').get(`/api/assessment/learners/${s['newcomer'].account.id}`).expect(200)
    ).body;
    expect(detail.attempts.map((a: { id: string }) => a.id)).toEqual([attempt.id]);
    await as('mentor').get(`/api/assessment/learners/${s['other'].account.id}`).expect(403);
  });

  it('lets a mentor override the placement, with a clear error for unknown courses', async () => {
    const url = `/api/assessment/attempts/${attempt.id}/placement`;
    const unknown = await as('mentor')
      .put(url, { courseIds: ['00000000-0000-4000-8000-000000000000'], note: '' })
      .expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'courseIds', code: 'unknownCourse' });
    const courses = (await as('newcomer').get('/api/courses').expect(200)).body as {
      id: string;
      slug: string;
    }[];
    const js = present(
      courses.find((c) => c.slug === 'javascript-foundations'),
      'JavaScript foundations',
    );
    const review = (
      await as('mentor')
        .put(url, { courseIds: [js.id], note: 'Start with code: you know the basics.' })
        .expect(200)
    ).body as AttemptReview;
    expect(review.result?.override).toMatchObject({
      courseIds: [js.id],
      by: { id: s['mentor'].account.id },
    });
    const seen = (await as('newcomer').get(`/api/assessment/attempts/${attempt.id}`).expect(200))
      .body as AttemptView;
    expect(seen.result?.recommendations.map((r) => r.courseId)).toEqual([js.id]);
    expect(seen.result?.override?.note).toBe('Start with code: you know the basics.');
    await as('mentor').delete(url).expect(200);
    expect(
      (await as('newcomer').get(`/api/assessment/attempts/${attempt.id}`).expect(200)).body.result
        .override,
    ).toBeNull();
  });

  it('lets a mentor reset an attempt so that the learner starts again at once', async () => {
    const reset = (
      await as('mentor').post(`/api/assessment/attempts/${attempt.id}/reset`).expect(200)
    ).body as AttemptReview;
    expect(reset).toMatchObject({ status: 'reset', resetBy: { id: s['mentor'].account.id } });
    await as('mentor').post(`/api/assessment/attempts/${attempt.id}/reset`).expect(409);
    const overview = (await as('newcomer').get('/api/assessment/me').expect(200))
      .body as AssessmentOverview;
    expect(overview).toMatchObject({ canStart: true, retakeAvailableAt: null });
    const next = await as('newcomer')
      .post('/api/assessment/attempts', { language: 'en' })
      .expect(201);
    expect(next.body.id).not.toBe(attempt.id);
    attempt = next.body;
  });

  it('closes an attempt left open too long', async () => {
    await db
      .getRepository(AssessmentAttempt)
      .update(attempt.id, { expiresAt: new Date(Date.now() - 1000) });
    const late = await as('newcomer')
      .post(`/api/assessment/attempts/${attempt.id}/answers`, await answerFor(attempt, 0))
      .expect(410);
    expect(late.body.type).toBe('urn:passerelle:problem:attempt-expired');
    expect(await db.getRepository(AssessmentResponse).countBy({ attemptId: attempt.id })).toBe(0);
    const overview = (await as('newcomer').get('/api/assessment/me').expect(200))
      .body as AssessmentOverview;
    expect(overview).toMatchObject({ current: null, canStart: true });
  });

  describe('item bank', () => {
    const ITEM = {
      key: 'safety-password-test-01',
      area: 'safety',
      competence: '4.2',
      kind: 'single',
      irt: { a: 1.2, b: 0.5 },
      answer: [1],
      fallbackLanguage: 'en',
      translations: {
        en: {
          prompt: 'Which password is the strongest?',
          options: ['123456', 'tiger-lamp-river-7', 'password'],
        },
        fr: {
          prompt: 'Quel mot de passe est le plus solide ?',
          options: ['123456', 'tigre-lampe-riviere-7', 'motdepasse'],
        },
      },
    };

    it('lists every item with how learners fared on it', async () => {
      const bank = (await as('mentor').get('/api/assessment/items').expect(200))
        .body as ItemBankView;
      expect(bank.items.length).toBeGreaterThanOrEqual(120);
      expect(bank.attempts).toBeGreaterThanOrEqual(1);
      const shown = bank.items.filter((i) => i.stats.shown > 0);
      expect(shown.length).toBeGreaterThanOrEqual(6);
      for (const item of shown) {
        expect(item.stats.exposure).toBeGreaterThan(0);
        expect(item.stats.pValue).not.toBeNull();
      }
      expect(
        bank.items.every((i) => i.languages.includes('en') && i.languages.includes('ar')),
      ).toBe(true);
    });

    it('creates, previews, edits and retires items, refusing what does not fit', async () => {
      const wrongArea = await as('mentor')
        .post('/api/assessment/items', { ...ITEM, competence: '1.1' })
        .expect(400);
      expect(wrongArea.body.errors[0]).toMatchObject({ field: 'competence', code: 'wrongArea' });
      const noPicture = await as('mentor')
        .post('/api/assessment/items', { ...ITEM, kind: 'picture' })
        .expect(400);
      expect(noPicture.body.errors[0]).toMatchObject({ field: 'image' });
      const badKey = await as('mentor')
        .post('/api/assessment/items', { ...ITEM, answer: [5] })
        .expect(400);
      expect(badKey.body.errors[0]).toMatchObject({ field: 'answer' });
      const counts = await as('mentor')
        .post('/api/assessment/items', {
          ...ITEM,
          translations: { ...ITEM.translations, fr: { prompt: 'x', options: ['a', 'b'] } },
        })
        .expect(400);
      expect(counts.body.errors[0]).toMatchObject({ field: 'translations', code: 'optionCounts' });
      await as('mentor')
        .post('/api/assessment/items', { ...ITEM, irt: { a: 4, b: 0 } })
        .expect(400);

      const created = (await as('mentor').post('/api/assessment/items', ITEM).expect(201)).body;
      expect(created).toMatchObject({
        key: ITEM.key,
        status: 'active',
        languages: ['en', 'fr'],
        irt: { provisional: true },
      });
      await as('admin').post('/api/assessment/items', ITEM).expect(409);

      const preview = (
        await as('mentor')
          .get(`/api/assessment/items/${created.id}/preview?language=ar`)
          .expect(200)
      ).body;
      expect(preview).toMatchObject({ language: 'en', prompt: ITEM.translations.en.prompt });
      expect(preview.options.map((o: { text: string }) => o.text)).toEqual(
        ITEM.translations.en.options,
      );

      const translated = (
        await as('mentor')
          .patch(`/api/assessment/items/${created.id}`, {
            translations: {
              ...ITEM.translations,
              ar: {
                prompt: 'أي كلمة مرور هي الأقوى؟',
                options: ['123456', 'نمر-مصباح-نهر-7', 'كلمة السر'],
              },
            },
          })
          .expect(200)
      ).body;
      expect(translated.languages).toEqual(['en', 'fr', 'ar']);
      const retired = (
        await as('mentor').post(`/api/assessment/items/${created.id}/retire`).expect(200)
      ).body;
      expect(retired.status).toBe('retired');
      expect(
        (await as('mentor').post(`/api/assessment/items/${created.id}/restore`).expect(200)).body
          .status,
      ).toBe('active');
    });

    it('keeps an answered item’s key fixed, while its texts can still be corrected', async () => {
      const answered = await db.getRepository(AssessmentResponse).findOneByOrFail({ position: 1 });
      const item = (await as('mentor').get(`/api/assessment/items/${answered.itemId}`).expect(200))
        .body;
      const other = (item.answer[0] + 1) % item.translations.en.options.length;
      if (item.kind === 'single' || item.kind === 'picture') {
        await as('mentor')
          .patch(`/api/assessment/items/${item.id}`, { answer: [other] })
          .expect(409);
      }
      const en = { ...item.translations.en, prompt: `${item.translations.en.prompt} ` };
      await as('mentor')
        .patch(`/api/assessment/items/${item.id}`, { translations: { ...item.translations, en } })
        .expect(200);
    });

    it('retired items are not served', async () => {
      const fresh = await signUp('fresh');
      s['fresh'] = fresh;
      await as('fresh').put('/api/assessment/me/intake', INTAKE).expect(200);
      const first = (
        await as('fresh').post('/api/assessment/attempts', { language: 'en' }).expect(201)
      ).body as AttemptView;
      const retiredId = present(first.current, 'a first item').itemId;
      await db.getRepository(AssessmentAttempt).delete(first.id);
      await as('mentor').post(`/api/assessment/items/${retiredId}/retire`).expect(200);
      const second = (
        await as('fresh').post('/api/assessment/attempts', { language: 'en' }).expect(201)
      ).body as AttemptView;
      const done = await takeWholeTest('fresh', second, 0.5);
      const review = (
        await as('admin').get(`/api/assessment/attempts/${done.id}/review`).expect(200)
      ).body as AttemptReview;
      expect(review.responses.map((r) => r.itemId)).not.toContain(retiredId);
    });
  });

  describe('before it starts', () => {
    it('does not open with code when the intake points to digital basics', async () => {
      const firstArea = async (who: string, intake: typeof INTAKE) => {
        s[who] = await signUp(who);
        await as(who).put('/api/assessment/me/intake', intake).expect(200);
        const attempt = (
          await as(who).post('/api/assessment/attempts', { language: 'en' }).expect(201)
        ).body as AttemptView;
        const served = present(attempt.current, 'a first item');
        return (await db.getRepository(AssessmentItem).findOneByOrFail({ id: served.itemId })).area;
      };
      const phoneOnly = { ...INTAKE, devices: ['phone'], schooling: 'none', jobGoal: 'Cook' };
      expect(await firstArea('amina', phoneOnly)).toBe('communication');
      expect(await firstArea('bilal', { ...INTAKE, jobGoal: 'Nurse' })).toBe('information');
    });
    it('tells how long it takes, from the engine and the times learners took', async () => {
      const overview = (await as('other').get('/api/assessment/me').expect(200))
        .body as AssessmentOverview;
      const { maxQuestions, expectedQuestions } = overview.length;
      expect(maxQuestions).toBe(DEFAULT_ENGINE_CONFIG.maxLength);
      expect(expectedQuestions).toBeGreaterThanOrEqual(10);
      expect(expectedQuestions).toBeLessThanOrEqual(maxQuestions);
      const { bank } = await t.app.get(ItemBankService).current();
      const catalogue = await t.app
        .get(CoursePlacementService)
        .catalogue(DEFAULT_ENGINE_CONFIG.levelCuts);
      expect(expectedQuestions).toBe(
        testLength(bank, DEFAULT_ENGINE_CONFIG, catalogue).expectedQuestions,
      );

      expect(overview.length).toMatchObject({ secondsPerQuestion: 45, timeFrom: 'default' });

      // Once enough attempts answered, their median time per answer replaces the default.
      await db.query(`UPDATE assessment_responses SET time_spent_ms = 20000`);
      const fresh = () =>
        new TestLengthService(
          db,
          t.app.get(ItemBankService),
          t.app.get(CoursePlacementService),
        ).estimate();
      const timedAttempts = async () =>
        (
          (await db.query(
            `SELECT count(DISTINCT attempt_id)::int AS n FROM assessment_responses`,
          )) as { n: number }[]
        )[0].n;
      for (let n = 0; (await timedAttempts()) < MIN_TIMED_ATTEMPTS; n++) {
        expect((await fresh()).timeFrom).toBe('default');
        const who = `timed${n}`;
        s[who] = await signUp(who);
        await as(who).put('/api/assessment/me/intake', INTAKE).expect(200);
        const started = await as(who).post('/api/assessment/attempts', { language: 'en' });
        await takeWholeTest(who, started.body as AttemptView, 0);
        await db.query(`UPDATE assessment_responses SET time_spent_ms = 20000`);
      }
      expect(await db.getRepository(AssessmentResponse).count()).toBeGreaterThanOrEqual(
        MIN_TIMED_ANSWERS,
      );
      const measured = await fresh();
      expect(measured).toEqual({
        maxQuestions,
        expectedQuestions,
        secondsPerQuestion: 20,
        minutes: minutesFor(overview.length, 20),
        timeFrom: 'answers',
      });
    }, 120_000);
  });
});
