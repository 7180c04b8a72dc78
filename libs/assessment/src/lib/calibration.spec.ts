import { COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';

import {
  calibrateItems,
  type CalibrationResult,
  drawAreaAbilities,
  simulateResponses,
  type TestDesign,
} from './calibration';
import type { Answer } from './engine';
import { type CalibratedItem, probability } from './irt';
import { mulberry32 } from './random';

type Population = Record<CompetenceArea, { mean: number; sd: number }>;

const AREAS = ['information', 'communication', 'safety', 'coding'] as const;

/** Seven items per area, b spread over [−2, 2], a from a fixed sequence, a 3PL item in each. */
function smallBank(): CalibratedItem[] {
  const random = mulberry32(42);
  return AREAS.flatMap((area) =>
    Array.from({ length: 7 }, (_, i) => ({
      id: `${area}-${i}`,
      area,
      a: 0.8 + 1.2 * random(),
      b: -2 + (4 * i) / 6,
      c: i === 1 ? 0.2 : 0,
    })),
  );
}

const rmse = (errors: number[]) =>
  Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length);

/** Every learner answers the listed items in order. */
const fixedDesign =
  (ids: readonly string[]): TestDesign =>
  ({ answers }) =>
    answers.length < ids.length ? ids[answers.length] : null;

describe('calibrateItems (Bock–Aitkin EM)', () => {
  // One fit shared by the tests below: 900 learners, three areas with anchors and shifted
  // populations, one area without anchors (so N(0, 1)), a misfitting item and a rare item.
  const truth = smallBank();
  const misfitting: CalibratedItem = { id: 'safety-odd', area: 'safety', a: 1, b: 0 };
  const rare: CalibratedItem = { id: 'coding-rare', area: 'coding', a: 1.3, b: 0.4 };
  const anchors = new Set([
    'information-2',
    'information-5',
    'communication-2',
    'communication-5',
    'safety-2',
    'safety-5',
  ]);
  const population: Population = {
    ...(Object.fromEntries(COMPETENCE_AREAS.map((a) => [a, { mean: 0, sd: 1 }])) as Population),
    information: { mean: -0.8, sd: 1.2 },
    communication: { mean: 0.5, sd: 0.8 },
    safety: { mean: -0.8, sd: 1.2 },
  };
  const rho = 0.7;
  const learners = drawAreaAbilities(900, population, rho, 7);
  const everyone = [...truth.map((item) => item.id), misfitting.id];
  const data = simulateResponses(
    [...truth, misfitting, rare],
    learners,
    ({ learner, answers }) => {
      const list = learner % 20 === 0 ? [...everyone, rare.id] : everyone;
      return answers.length < list.length ? list[answers.length] : null;
    },
    11,
    // The misfitting item's answers follow a U-shaped curve no 3PL item can follow.
    (item, theta) =>
      item.id === misfitting.id
        ? Math.abs(theta + 0.8) > 1
          ? 0.9
          : 0.1
        : probability(item, theta),
  );
  // Free items start from nothing: a = 1, b = 0 (c = 0.2 for the 3PL items).
  const start: CalibratedItem[] = [
    ...truth.map((item) =>
      anchors.has(item.id) ? item : { ...item, a: 1, b: 0, c: item.c ? 0.2 : 0 },
    ),
    misfitting,
    { ...rare, a: 0.9, b: -0.3 },
  ];
  let result: CalibrationResult;
  beforeAll(() => {
    result = calibrateItems(start, data, { anchors });
  });
  const fitOf = (id: string) => result.items.find((item) => item.itemId === id);

  it('recovers the free items of a simulated bank from an uninformed start', () => {
    const fitted = truth.filter((item) => fitOf(item.id)?.status === 'fitted');
    expect(fitted).toHaveLength(truth.length - anchors.size);
    const errorsB = fitted.map((item) => (fitOf(item.id)?.after.b ?? NaN) - item.b);
    const errorsA = fitted.map((item) => (fitOf(item.id)?.after.a ?? NaN) - item.a);
    expect(rmse(errorsB)).toBeLessThan(0.2);
    expect(rmse(errorsA)).toBeLessThan(0.25);
    // Where the start was: b off by 1.2 on average, a by 0.4.
    expect(rmse(fitted.map((item) => item.b))).toBeGreaterThan(1);
    expect(result.converged).toBe(true);
    expect(result.attempts).toBe(900);
    // The rare item's 45 answers are left out of the fit.
    expect(result.answers).toBe(data.reduce((sum, attempt) => sum + attempt.length, 0) - 45);
    for (const item of fitted) {
      const fit = fitOf(item.id);
      expect(fit?.se?.a).toBeGreaterThan(0);
      expect(fit?.se?.b).toBeGreaterThan(0);
      expect(fit?.se?.b).toBeLessThan(0.5);
    }
  });

  it('keeps anchors unchanged and reports them as anchors', () => {
    for (const id of anchors) {
      const fit = fitOf(id);
      const item = truth.find((t) => t.id === id) as CalibratedItem;
      expect(fit?.status).toBe('anchor');
      expect(fit?.after).toEqual({ a: item.a, b: item.b, c: item.c ?? 0 });
      expect(fit?.before).toEqual(fit?.after);
      expect(fit?.se).toBeNull();
      expect(fit?.misfit).toBe(false);
    }
  });

  it('keeps the parameters of items with too few answers', () => {
    const fit = fitOf(rare.id);
    expect(fit?.answers).toBe(45);
    expect(fit?.status).toBe('too-few-answers');
    expect(fit?.after).toEqual({ a: 0.9, b: -0.3, c: 0 });
    expect(fit?.misfit).toBe(false);
    expect(fit?.se).toBeNull();
  });

  it('flags an item whose answers follow another curve, and few of the others', () => {
    const odd = fitOf(misfitting.id);
    expect(odd?.misfit).toBe(true);
    expect(odd?.rmsd).toBeGreaterThan(0.15);
    const others = result.items.filter(
      (item) => item.itemId !== misfitting.id && item.status !== 'too-few-answers',
    );
    expect(others.filter((item) => item.misfit)).toHaveLength(0);
    for (const item of others) expect(item.rmsd).toBeLessThan(0.06);
  });

  it('recovers the correlation and the shifted population means roughly', () => {
    expect(result.correlation).toBeGreaterThan(rho - 0.08);
    expect(result.correlation).toBeLessThan(rho + 0.08);
    expect(result.population.information.mean).toBeCloseTo(-0.8, 0);
    expect(Math.abs(result.population.information.mean + 0.8)).toBeLessThan(0.2);
    expect(Math.abs(result.population.communication.mean - 0.5)).toBeLessThan(0.2);
    expect(Math.abs(result.population.information.sd - 1.2)).toBeLessThan(0.2);
    expect(Math.abs(result.population.communication.sd - 0.8)).toBeLessThan(0.2);
    // No anchors in coding (and no answers in the other two areas): N(0, 1) fixes their scale.
    expect(result.population.coding).toEqual({ mean: 0, sd: 1 });
    expect(result.population['problem-solving']).toEqual({ mean: 0, sd: 1 });
  });

  // The default grid (31 × 21) moves a and b by about 0.02 at most against 51 × 35, well
  // within their standard errors (0.1–0.3 here).
  it('gives nearly the same fit on a finer grid', () => {
    const some = data.slice(0, 300);
    const coarse = calibrateItems(start, some, { anchors });
    const fine = calibrateItems(start, some, { anchors, grid: { general: 51, specific: 35 } });
    fine.items.forEach((fit, i) => {
      expect(Math.abs(fit.after.a - coarse.items[i].after.a)).toBeLessThan(0.03);
      expect(Math.abs(fit.after.b - coarse.items[i].after.b)).toBeLessThan(0.03);
    });
    expect(Math.abs(fine.correlation - coarse.correlation)).toBeLessThan(0.01);
    expect(Math.abs(fine.logLikelihood - coarse.logLikelihood)).toBeLessThan(0.5);
  });
});

describe('calibrateItems on awkward data', () => {
  const items: CalibratedItem[] = [
    { id: 'i1', area: 'information', a: 1, b: -1 },
    { id: 'i2', area: 'information', a: 1.2, b: 0, c: 0.2 },
    { id: 'i3', area: 'information', a: 0.9, b: 1 },
    { id: 'c1', area: 'communication', a: 1, b: 0 },
    // Safety has items but nobody answered them.
    { id: 's1', area: 'safety', a: 1, b: 0 },
  ];

  function finite(result: CalibrationResult) {
    expect(Number.isFinite(result.logLikelihood)).toBe(true);
    expect(Number.isFinite(result.correlation)).toBe(true);
    for (const { mean, sd } of Object.values(result.population)) {
      expect(Number.isFinite(mean)).toBe(true);
      expect(Number.isFinite(sd)).toBe(true);
    }
    for (const item of result.items) {
      for (const value of [item.after.a, item.after.b, item.after.c]) {
        expect(Number.isFinite(value)).toBe(true);
      }
      if (item.rmsd !== null) expect(Number.isFinite(item.rmsd)).toBe(true);
      if (item.se) expect(Number.isFinite(item.se.a) && Number.isFinite(item.se.b)).toBe(true);
    }
  }

  it('stays finite when every answer is right, and in an area without answers', () => {
    const allRight: Answer[][] = Array.from({ length: 150 }, () =>
      ['i1', 'i2', 'i3', 'c1'].map((itemId) => ({ itemId, correct: true })),
    );
    const result = calibrateItems(items, allRight, { anchors: new Set(['i1']), maxIterations: 20 });
    finite(result);
    const fitted = result.items.filter((item) => item.status === 'fitted');
    expect(fitted.map((item) => item.itemId)).toEqual(['i2', 'i3', 'c1']);
    // All right: the data say the items are easier than the bounds allow; the fit says so.
    expect(fitted.some((item) => item.misfit)).toBe(true);
    const safety = result.items.find((item) => item.itemId === 's1');
    expect(safety).toMatchObject({ answers: 0, status: 'too-few-answers', rmsd: null, se: null });
    expect(result.population.safety).toEqual({ mean: 0, sd: 1 });
  });

  it('stays finite when the areas pull the abilities far apart (ρ near 1)', () => {
    const random = mulberry32(3);
    const attempts: Answer[][] = Array.from({ length: 200 }, () => {
      const strong = random() < 0.5;
      return [
        { itemId: 'i1', correct: strong },
        { itemId: 'i2', correct: strong },
        { itemId: 'i3', correct: strong },
        { itemId: 'c1', correct: strong },
      ];
    });
    const result = calibrateItems(items, attempts, {
      anchors: new Set(),
      minAnswers: 10,
      maxIterations: 30,
    });
    finite(result);
    expect(result.correlation).toBeGreaterThan(0.9);
    expect(result.correlation).toBeLessThanOrEqual(0.995);
  });

  it('fits an item from `minAnswers` answers on', () => {
    const random = mulberry32(5);
    const attempts: Answer[][] = Array.from({ length: 60 }, () =>
      ['i1', 'i3', 'c1'].map((itemId) => ({ itemId, correct: random() < 0.6 })),
    );
    const statusOf = (minAnswers: number) =>
      calibrateItems(items, attempts, {
        anchors: new Set(['i1']),
        minAnswers,
        maxIterations: 5,
      }).items.find((item) => item.itemId === 'i3')?.status;
    expect(statusOf(60)).toBe('fitted');
    expect(statusOf(61)).toBe('too-few-answers');
  });

  it('flags an anchor whose answers do not follow its curve', () => {
    const random = mulberry32(8);
    // i1 is anchored as hard (b = 2.5) but nine answers in ten are right.
    const attempts: Answer[][] = Array.from({ length: 150 }, () =>
      ['i1', 'i3', 'c1'].map((itemId) => ({
        itemId,
        correct: random() < (itemId === 'i1' ? 0.9 : 0.5),
      })),
    );
    const wrong = items.map((item) => (item.id === 'i1' ? { ...item, b: 2.5 } : item));
    const result = calibrateItems(wrong, attempts, { anchors: new Set(['i1']), maxIterations: 20 });
    const anchor = result.items.find((item) => item.itemId === 'i1');
    expect(anchor).toMatchObject({ status: 'anchor', misfit: true });
    expect(anchor?.rmsd).toBeGreaterThan(0.1);
  });

  it('returns the start unchanged without answers, and rejects unknown items', () => {
    const result = calibrateItems(items, [[]], { anchors: new Set() });
    finite(result);
    expect(result.attempts).toBe(0);
    expect(result.items.every((item) => item.status === 'too-few-answers')).toBe(true);
    expect(() =>
      calibrateItems(items, [[{ itemId: 'nope', correct: true }]], { anchors: new Set() }),
    ).toThrow(RangeError);
  });
});

describe('simulateResponses', () => {
  it('is reproducible and lets the design see the answers, not the abilities', () => {
    const bank = smallBank();
    const population = Object.fromEntries(
      COMPETENCE_AREAS.map((area) => [area, { mean: 0, sd: 1 }]),
    ) as Population;
    const learners = drawAreaAbilities(50, population, 0.5, 1);
    const design = fixedDesign(bank.slice(0, 5).map((item) => item.id));
    const first = simulateResponses(bank, learners, design, 9);
    expect(simulateResponses(bank, learners, design, 9)).toEqual(first);
    expect(first.every((attempt) => attempt.length === 5)).toBe(true);
    expect(() => simulateResponses(bank, learners, () => 'nope', 9)).toThrow(RangeError);
  });

  it('draws abilities with the given correlation', () => {
    const population = Object.fromEntries(
      COMPETENCE_AREAS.map((area) => [area, { mean: 1, sd: 2 }]),
    ) as Population;
    const learners = drawAreaAbilities(4000, population, 0.6, 5);
    const x = learners.map((l) => l.information);
    const y = learners.map((l) => l.coding);
    const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
    const mx = mean(x);
    const my = mean(y);
    const cov = mean(x.map((v, i) => (v - mx) * (y[i] - my)));
    const sx = Math.sqrt(mean(x.map((v) => (v - mx) ** 2)));
    const sy = Math.sqrt(mean(y.map((v) => (v - my) ** 2)));
    expect(mx).toBeCloseTo(1, 1);
    expect(sx).toBeCloseTo(2, 1);
    expect(cov / (sx * sy)).toBeCloseTo(0.6, 1);
  });
});
