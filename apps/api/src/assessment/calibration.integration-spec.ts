import {
  type Answer,
  answers as simulatedAnswer,
  DEFAULT_MIN_ANSWERS,
  drawLearners,
  type ItemBank,
  nextStep,
  prepareBank,
  type SimulatedLearner,
} from '@passerelle/assessment';
import type {
  AttemptView,
  BankVersionDetail,
  BankVersionSummary,
  SessionResponse,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { createTestApp, DEMO, requestsAs, type TestApp } from '../../test/test-app';
import { AuditEvent } from '../identity/entities/audit-event.entity';
import { AssessmentSeedService } from './assessment-seed.service';
import { CalibrationService } from './calibration.service';
import { engineConfigOf } from './engine-config';
import { AssessmentAttempt } from './entities/assessment-attempt.entity';
import { AssessmentBankVersion } from './entities/assessment-bank-version.entity';
import { AssessmentItem } from './entities/assessment-item.entity';
import { AssessmentResponse } from './entities/assessment-response.entity';
import { ItemBankService } from './item-bank.service';
import { optionIdsOf } from './served-item';

const MIN_ATTEMPTS = 400;
const SIMULATED = 600;
const DEMO_LEARNERS = 200;

const INTAKE = {
  languages: [{ language: 'fr', skill: 'native' }],
  devices: ['phone'],
  schooling: 'secondary',
  jobGoal: 'Office assistant',
};

/**
 * One simulated learner through the real engine on `served` (the stored parameters), answering
 * from `truth` (the parameters that really hold): what the fit must find out.
 */
function simulate(served: ItemBank, truth: ItemBank, learner: SimulatedLearner): Answer[] {
  const answers: Answer[] = [];
  for (;;) {
    const step = nextStep(served, { seed: learner.attemptSeed, answers });
    if (step.done) return answers;
    const index = truth.indexOf.get(step.item.id) as number;
    answers.push({ itemId: step.item.id, correct: simulatedAnswer(truth, index, learner) });
  }
}

describe('item bank versions and calibration', () => {
  let t: TestApp;
  let db: DataSource;
  const s: Record<string, SessionResponse> = {};
  const as = (who: string) => requestsAs(t.http, s[who]);
  let v1: BankVersionSummary;
  /** The item whose true difficulty is well above the authored one. */
  let harder: AssessmentItem;
  let before: AttemptView;

  beforeAll(async () => {
    t = await createTestApp({
      ASSESSMENT_FIT_MIN_ATTEMPTS: String(MIN_ATTEMPTS),
      ASSESSMENT_FIT_INTERVAL_HOURS: '0',
      // Exposure control on fewer simulated learners than in production: the same code, quicker.
      ASSESSMENT_FIT_EXPOSURE_LEARNERS: '150',
    });
    db = t.app.get(DataSource);
    await t.app.get(AssessmentSeedService).seedItemBank();
    for (const role of ['admin', 'mentor', 'employer', 'learner'] as const) {
      s[role] = await t.signIn(DEMO[role]);
    }
    for (const username of ['newcomer', 'second']) {
      s[username] = (
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
    }
  }, 60_000);
  afterAll(() => t.close());

  it('starts with version 1: current, authored, N(0, 1) per area, ρ = 0.8', async () => {
    const versions = (await as('mentor').get('/api/assessment/versions').expect(200))
      .body as BankVersionSummary[];
    expect(versions).toHaveLength(1);
    v1 = versions[0];
    expect(v1).toMatchObject({
      number: 1,
      status: 'current',
      source: 'authored',
      correlation: 0.8,
      fit: null,
      createdBy: null,
    });
    const detail = (await as('admin').get(`/api/assessment/versions/${v1.id}`).expect(200))
      .body as BankVersionDetail;
    expect(detail.items).toEqual([]);
    expect(Object.keys(detail.population).sort()).toEqual([
      'coding',
      'communication',
      'content-creation',
      'information',
      'problem-solving',
      'safety',
    ]);
    expect(detail.population.safety).toEqual({ mean: 0, sd: 1 });
    const anchors = await db.getRepository(AssessmentItem).countBy({ anchor: true });
    expect(anchors).toBe(12);
  });

  it('keeps the routes to mentors and admins, and answers bad ids with problems', async () => {
    for (const who of ['learner', 'employer']) {
      await as(who).get('/api/assessment/versions').expect(403);
      await as(who).post('/api/assessment/calibrations').expect(403);
      await as(who).post(`/api/assessment/versions/${v1.id}/apply`).expect(403);
    }
    const bad = await as('mentor').get('/api/assessment/versions/not-a-uuid').expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const missing = await as('mentor')
      .post('/api/assessment/versions/00000000-0000-4000-8000-000000000000/apply')
      .expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The current version is not a proposal.
    const current = await as('mentor').post(`/api/assessment/versions/${v1.id}/apply`).expect(409);
    expect(current.body.detail).toMatch(/only a proposed version/);
  });

  it('refuses to fit on too few completed attempts, saying how many it needs', async () => {
    const refused = await as('mentor').post('/api/assessment/calibrations').expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.type).toBe('urn:passerelle:problem:not-enough-attempts');
    expect(refused.body.detail).toContain(`at least ${MIN_ATTEMPTS} completed attempts`);
  });

  it('proposes a demo version fitted on simulated learners, once; a mentor rejects it', async () => {
    const calibration = t.app.get(CalibrationService);
    const demo = await calibration.seedDemoProposal(DEMO_LEARNERS);
    expect(demo).not.toBeNull();
    expect(await calibration.seedDemoProposal(DEMO_LEARNERS)).toBeNull();
    const detail = (await as('mentor').get(`/api/assessment/versions/${demo?.id}`).expect(200))
      .body as BankVersionDetail;
    expect(detail).toMatchObject({ number: 2, status: 'proposed', source: 'calibrated' });
    expect(detail.fit?.dataSource).toBe('simulated');
    // The simulated learners' attempts, less those whose items all had too few answers to fit
    // (with 200 learners spread over 170 items, most items have fewer than 100).
    expect(detail.fit?.attempts).toBeLessThanOrEqual(DEMO_LEARNERS);
    expect(detail.fit?.attempts).toBeGreaterThan(0);
    expect(detail.fit?.answers).toBeGreaterThan(0);

    const rejected = (
      await as('mentor').post(`/api/assessment/versions/${detail.id}/reject`).expect(200)
    ).body as BankVersionDetail;
    expect(rejected.status).toBe('rejected');
    expect(rejected.reviewedBy?.displayName).toBeTruthy();
    await as('mentor').post(`/api/assessment/versions/${detail.id}/apply`).expect(409);
    await as('mentor').post(`/api/assessment/versions/${detail.id}/reject`).expect(409);
    expect(await db.getRepository(AuditEvent).countBy({ action: 'assessment-bank.rejected' })).toBe(
      1,
    );
    // Nothing changed for learners.
    const current = await db.getRepository(AssessmentBankVersion).findOneByOrFail({
      status: 'current',
    });
    expect(current.id).toBe(v1.id);
  }, 600_000);

  it('fits completed attempts into a proposal that finds a mis-authored item', async () => {
    // A learner starts before the fit: their attempt must keep version 1 to the end.
    await as('newcomer').put('/api/assessment/me/intake', INTAKE).expect(200);
    before = (await as('newcomer').post('/api/assessment/attempts', { language: 'fr' }).expect(201))
      .body as AttemptView;

    const { bank } = await t.app.get(ItemBankService).current();
    const items = await db.getRepository(AssessmentItem).find();
    const learners = drawLearners(SIMULATED, 4242);
    // The non-anchor item served most often is, in truth, a whole logit harder than authored.
    const served = new Map<string, number>();
    for (const learner of learners.slice(0, 100)) {
      for (const answer of simulate(bank, bank, learner)) {
        served.set(answer.itemId, (served.get(answer.itemId) ?? 0) + 1);
      }
    }
    const anchors = new Set(items.filter((i) => i.anchor).map((i) => i.id));
    const [mostServed] = [...served.entries()]
      .filter(([id]) => !anchors.has(id))
      .sort((x, y) => y[1] - x[1])[0];
    harder = items.find((i) => i.id === mostServed) as AssessmentItem;
    const truth = prepareBank(
      bank.items.map((item) => (item.id === harder.id ? { ...item, b: item.b + 1 } : item)),
    );

    const learner = await db
      .getRepository(AssessmentAttempt)
      .manager.query(`SELECT id FROM accounts WHERE email = $1`, [DEMO.learner]);
    const now = new Date();
    let answerCount = 0;
    const stored: Answer[][] = [];
    for (const [n, simulated] of learners.entries()) {
      const answers = simulate(bank, truth, simulated);
      answerCount += answers.length;
      stored.push(answers);
      const attempt = await db.getRepository(AssessmentAttempt).save({
        learnerId: learner[0].id as string,
        status: 'completed',
        language: 'en',
        seed: simulated.attemptSeed % 2 ** 31,
        bankVersionId: v1.id,
        currentItemId: null,
        questionsLeft: 0,
        startedAt: new Date(now.getTime() - (SIMULATED - n) * 60_000),
        completedAt: new Date(now.getTime() - (SIMULATED - n) * 60_000 + 30_000),
        expiresAt: now,
      });
      await db.getRepository(AssessmentResponse).insert(
        answers.map((answer, i) => ({
          attemptId: attempt.id,
          position: i + 1,
          itemId: answer.itemId,
          language: 'en' as const,
          choices: null,
          correct: answer.correct,
          thetaAfter: 0,
          seAfter: 1,
          timeSpentMs: 20_000,
        })),
      );
    }

    const started = await as('mentor').post('/api/assessment/calibrations').expect(202);
    expect(started.body).toEqual({ started: true });
    await t.app.get(CalibrationService).idle();
    const [newest] = (await as('mentor').get('/api/assessment/versions').expect(200))
      .body as BankVersionSummary[];
    const proposed = (await as('mentor').get(`/api/assessment/versions/${newest.id}`).expect(200))
      .body as BankVersionDetail;
    expect(proposed).toMatchObject({ number: 3, status: 'proposed', source: 'calibrated' });
    expect(proposed.createdBy?.displayName).toBeTruthy();
    // The completed attempts and their answers, less the answers to items with too few answers
    // that are not anchors (they do not inform the abilities), and the attempts left empty.
    const perItem = new Map<string, number>();
    for (const answer of stored.flat()) {
      perItem.set(answer.itemId, (perItem.get(answer.itemId) ?? 0) + 1);
    }
    const informs = (answer: Answer) =>
      anchors.has(answer.itemId) || (perItem.get(answer.itemId) ?? 0) >= DEFAULT_MIN_ANSWERS;
    expect(proposed.fit?.dataSource).toBe('learners');
    expect(proposed.fit?.answers).toBe(stored.flat().filter(informs).length);
    expect(proposed.fit?.answers).toBeLessThanOrEqual(answerCount);
    expect(proposed.fit?.attempts).toBe(stored.filter((answers) => answers.some(informs)).length);
    expect(proposed.fit?.fitted).toBeGreaterThan(10);
    expect(proposed.items).toHaveLength(items.length);
    expect(proposed.correlation).toBeGreaterThanOrEqual(0);
    expect(proposed.correlation).toBeLessThan(1);
    for (const area of Object.values(proposed.population)) {
      expect(Number.isFinite(area.mean)).toBe(true);
      expect(area.sd).toBeGreaterThan(0);
    }
    for (const row of proposed.items.filter((r) => r.status === 'anchor')) {
      expect(row.after).toEqual(row.before);
    }
    const row = proposed.items.find((r) => r.itemId === harder.id);
    expect(row).toMatchObject({ key: harder.key, status: 'fitted' });
    expect(row?.before.b).toBeCloseTo(harder.b, 10);
    // A logit harder in truth: the fit moves it well up (shrunk by the prior and the few answers).
    expect(row?.after.b).toBeGreaterThan(harder.b + 0.25);
    for (const r of proposed.items) {
      expect(r.exposureControl).toBeGreaterThan(0);
      expect(r.exposureControl).toBeLessThanOrEqual(1);
    }
    // Misfits first: what a reviewer reads first.
    const firstFit = proposed.items.findIndex((r) => !r.misfit);
    expect(proposed.items.slice(firstFit).some((r) => r.misfit)).toBe(false);

    const listed = (await as('mentor').get('/api/assessment/versions').expect(200))
      .body as BankVersionSummary[];
    expect(listed.map((v) => [v.number, v.status])).toEqual([
      [3, 'proposed'],
      [2, 'rejected'],
      [1, 'current'],
    ]);
  }, 600_000);

  it('applies a proposal: live items change, attempts started before keep their version', async () => {
    const [proposal] = (await as('mentor').get('/api/assessment/versions').expect(200))
      .body as BankVersionSummary[];
    const applied = (
      await as('mentor').post(`/api/assessment/versions/${proposal.id}/apply`).expect(200)
    ).body as BankVersionDetail;
    expect(applied.status).toBe('current');
    expect(applied.reviewedBy?.displayName).toBeTruthy();
    const old = await db.getRepository(AssessmentBankVersion).findOneByOrFail({ id: v1.id });
    expect(old.status).toBe('superseded');
    // Version 1 now holds every item as it was, so its attempts are scored as they were.
    expect(old.parameters[harder.id]).toEqual({
      a: harder.a,
      b: harder.b,
      c: harder.c,
      exposureControl: harder.exposureControl,
    });
    await as('mentor').post(`/api/assessment/versions/${proposal.id}/apply`).expect(409);
    expect(await db.getRepository(AuditEvent).countBy({ action: 'assessment-bank.applied' })).toBe(
      1,
    );

    const row = applied.items.find((r) => r.itemId === harder.id);
    const live = await db.getRepository(AssessmentItem).findOneByOrFail({ id: harder.id });
    expect(live.b).toBeCloseTo(row?.after.b ?? Number.NaN, 10);
    expect(live.exposureControl).toBeCloseTo(row?.exposureControl ?? Number.NaN, 10);
    expect(live.provisional).toBe(false);
    const anchor = await db.getRepository(AssessmentItem).findOneByOrFail({
      key: 'safety-public-computer-01',
    });
    expect(anchor.provisional).toBe(true);

    // The attempt started before goes on with version 1, served and scored with it.
    const banks = t.app.get(ItemBankService);
    const oldBank = await banks.ofVersion(v1.id);
    const newBank = await banks.ofVersion(proposal.id);
    expect(oldBank.items.get(harder.id)?.b).toBe(harder.b);
    expect(newBank.items.get(harder.id)?.b).toBeCloseTo(row?.after.b ?? Number.NaN, 10);
    expect((await banks.current()).versionId).toBe(proposal.id);
    const served = before.current;
    if (!served) throw new Error('expected a served item');
    const stored = await db.getRepository(AssessmentAttempt).findOneByOrFail({ id: before.id });
    const item = oldBank.items.get(served.itemId) as AssessmentItem;
    const after = (
      await as('newcomer')
        .post(`/api/assessment/attempts/${before.id}/answers`, {
          position: served.position,
          itemId: served.itemId,
          choiceIds: optionIdsOf(item, stored.seed, item.answer),
        })
        .expect(200)
    ).body as AttemptView;
    const answers = [{ itemId: served.itemId, correct: true }];
    const expected = nextStep(
      oldBank.bank,
      { seed: stored.seed, answers, ...stored.design },
      engineConfigOf(oldBank),
    );
    if (expected.done) throw new Error('the test should go on after one answer');
    expect(after.current?.itemId).toBe(expected.item.id);
    const response = await db
      .getRepository(AssessmentResponse)
      .findOneByOrFail({ attemptId: before.id, position: 1 });
    expect(response.thetaAfter).toBeCloseTo(expected.estimate.theta, 10);
    expect(
      (await db.getRepository(AssessmentAttempt).findOneByOrFail({ id: before.id })).bankVersionId,
    ).toBe(v1.id);
  }, 120_000);

  it('writes an author’s new parameters to the live item and the current version only', async () => {
    const current = await db.getRepository(AssessmentBankVersion).findOneByOrFail({
      status: 'current',
    });
    await as('admin')
      .patch(`/api/assessment/items/${harder.id}`, { irt: { a: 1.7, b: 0.9 } })
      .expect(200);
    const updated = await db.getRepository(AssessmentBankVersion).findOneByOrFail({
      id: current.id,
    });
    expect(updated.parameters[harder.id]).toMatchObject({ a: 1.7, b: 0.9, c: 0 });
    const old = await db.getRepository(AssessmentBankVersion).findOneByOrFail({ id: v1.id });
    expect(old.parameters[harder.id].b).toBe(harder.b);
    const bank = await t.app.get(ItemBankService).current();
    expect(bank.items.get(harder.id)).toMatchObject({ a: 1.7, b: 0.9 });
    // A new attempt starts on the current version.
    await as('second').put('/api/assessment/me/intake', INTAKE).expect(200);
    const fresh = (
      await as('second').post('/api/assessment/attempts', { language: 'en' }).expect(201)
    ).body as AttemptView;
    expect(
      (await db.getRepository(AssessmentAttempt).findOneByOrFail({ id: fresh.id })).bankVersionId,
    ).toBe(current.id);
  });

  it('fits on schedule only once enough attempts were completed since the last fit', async () => {
    const calibration = t.app.get(CalibrationService);
    expect(await calibration.scheduledFit()).toBeNull();
    expect(await db.getRepository(AssessmentBankVersion).count()).toBe(3);
    // 150 checks completed since (the job needs 100 new ones by default).
    await db.query(
      `UPDATE assessment_attempts SET completed_at = now()
        WHERE id IN (SELECT id FROM assessment_attempts WHERE status = 'completed' LIMIT 150)`,
    );
    const proposed = await calibration.scheduledFit();
    expect(proposed).toMatchObject({
      number: 4,
      status: 'proposed',
      source: 'calibrated',
      createdById: null,
    });
    expect(proposed?.report?.source).toBe('learners');
    expect(await calibration.scheduledFit()).toBeNull();
  }, 600_000);
});
