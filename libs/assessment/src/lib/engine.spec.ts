import { COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';

import { type ExposureControl, prepareBank } from './bank';
import {
  type Answer,
  type AttemptState,
  DEFAULT_ENGINE_CONFIG,
  type DoneStep,
  type EngineConfig,
  estimatesAfterEach,
  type ItemStep,
  levelsOf,
  nextStep,
  priorsOf,
  questionsLeft,
  scoreAttempt,
  settledAfter,
} from './engine';
import { type CalibratedItem, itemInformation, probability } from './irt';
import { mulberry32 } from './random';
import { syntheticBank } from './synthetic-bank';

const ITEMS = syntheticBank(7, 20);
const BANK = prepareBank(ITEMS);
const config = (overrides: Partial<EngineConfig> = {}): EngineConfig => ({
  ...DEFAULT_ENGINE_CONFIG,
  ...overrides,
});
const abilities = (theta: number) =>
  Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, theta])) as Record<
    CompetenceArea,
    number
  >;

/** Drives an attempt to its end with answers drawn for a learner of these abilities. */
function take(
  items: readonly CalibratedItem[],
  thetas: Record<CompetenceArea, number>,
  options: {
    config?: EngineConfig;
    seed?: number;
    exposure?: ExposureControl;
    state?: Partial<AttemptState>;
  } = {},
) {
  const bank = prepareBank(items, { exposureControl: options.exposure });
  const random = mulberry32(options.seed ?? 1);
  const answers: Answer[] = [];
  const steps: ItemStep[] = [];
  const state = { ...options.state, seed: options.seed ?? 1, answers };
  for (;;) {
    const step = nextStep(bank, state, options.config ?? config());
    if (step.done) return { bank, answers, steps, state, done: step as DoneStep };
    steps.push(step);
    const p = probability(step.item, thetas[step.item.area]);
    answers.push({ itemId: step.item.id, correct: random() < p });
  }
}

function areasOf(answers: readonly Answer[]) {
  return answers.map((answer) => ITEMS.find((item) => item.id === answer.itemId)?.area);
}

describe('content balancing', () => {
  it('asks every area its minimum first', () => {
    for (const theta of [-2, 0, 1.5]) {
      const { answers } = take(ITEMS, abilities(theta), { config: config({ minPerArea: 2 }) });
      const first = areasOf(answers.slice(0, 12));
      for (const area of COMPETENCE_AREAS) expect(first.filter((a) => a === area)).toHaveLength(2);
    }
  });

  it('opens with the opening area when the attempt names one', () => {
    const step = nextStep(BANK, { seed: 1, answers: [], openingArea: 'communication' });
    expect(!step.done && step.item.area).toBe('communication');
  });

  it('asks an area only as many items as it has', () => {
    const few = [
      ...ITEMS.filter((item) => item.area !== 'safety'),
      ...ITEMS.filter((i) => i.area === 'safety').slice(0, 1),
    ];
    const { answers } = take(few, abilities(0), {
      config: config({ minPerArea: 3, maxLength: 40 }),
    });
    expect(areasOf(answers).filter((a) => a === 'safety')).toHaveLength(1);
  });
});

describe('selecting for the decision', () => {
  it('serves, in an open area, the item most informative at the cut still in doubt', () => {
    // After one answer per area, every item served comes from an area still open and is the
    // best of that area at its most doubtful cut (no exposure control here).
    const { steps, answers, state } = take(ITEMS, abilities(-1.1), { seed: 5 });
    const later = steps.slice(COMPETENCE_AREAS.length);
    expect(later.length).toBeGreaterThan(0);
    for (const step of later) {
      const n = step.answered;
      const before = scoreAttempt(BANK, { ...state, answers: answers.slice(0, n) });
      const scaleOf = (area: CompetenceArea) =>
        area === 'coding'
          ? before.codingReadiness
          : before.areas[area as Exclude<CompetenceArea, 'coding'>];
      const status = scaleOf(step.item.area).decision;
      expect(status.settled).toBeNull();
      const cut = status.open[0];
      const given = new Set(answers.slice(0, n).map((a) => a.itemId));
      const rivals = ITEMS.filter((item) => item.area === step.item.area && !given.has(item.id));
      const best = Math.max(...rivals.map((item) => itemInformation(item, cut)));
      expect(itemInformation(step.item, cut)).toBeCloseTo(best, 10);
    }
  });
});

describe('stopping', () => {
  it('decides a learner far from every cut in fewer questions than one on a cut', () => {
    const lengths = (theta: number) =>
      [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => take(ITEMS, abilities(theta), { seed }).answers.length,
      );
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(lengths(-2.6))).toBeLessThan(mean(lengths(-1)) - 2);
  });

  it('stops once every area is decided, each area settled with confidence', () => {
    const { done } = take(ITEMS, abilities(-2.6), { seed: 2 });
    expect(done.reason).toBe('decided');
    for (const area of COMPETENCE_AREAS) {
      const scale = area === 'coding' ? done.result.codingReadiness : done.result.areas[area];
      expect(scale.decision.settled).toBe('confident');
      expect(scale.decision.open).toEqual([]);
    }
  });

  it('never stops before each area has its minimum', () => {
    const { answers } = take(ITEMS, abilities(-4), { config: config({ minPerArea: 2 }) });
    expect(answers.length).toBeGreaterThanOrEqual(12);
  });

  it('stops at the maximum length', () => {
    const { answers, done } = take(ITEMS, abilities(-1), {
      config: config({ maxLength: 8, confidence: 0.99 }),
    });
    expect(answers).toHaveLength(8);
    expect(done.reason).toBe('max-length');
  });

  it('stops when the bank runs out', () => {
    const small = COMPETENCE_AREAS.map(
      (area) => ITEMS.find((item) => item.area === area) as CalibratedItem,
    );
    const { answers, done } = take(small, abilities(-1), { config: config({ confidence: 0.99 }) });
    expect(answers).toHaveLength(6);
    expect(done.reason).toBe('bank-exhausted');
  });

  it('refuses a maximum below the area minimum, and a confidence out of range', () => {
    expect(() =>
      nextStep(BANK, { seed: 1, answers: [] }, config({ maxLength: 5, minPerArea: 1 })),
    ).toThrow(/below the area minimum/);
    expect(() => nextStep(BANK, { seed: 1, answers: [] }, config({ confidence: 1 }))).toThrow(
      /confidence/,
    );
  });

  it('tells after which answer each area was settled for good', () => {
    const { answers, state, done } = take(ITEMS, abilities(-2.6), { seed: 2 });
    const after = settledAfter(BANK, state);
    for (const area of COMPETENCE_AREAS) {
      const n = after[area] as number;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(answers.length);
      const scale = area === 'coding' ? done.result.codingReadiness : done.result.areas[area];
      expect(scoreAttempt(BANK, { ...state, answers: answers.slice(0, n) }).answered).toBe(n);
      expect(scale.decision.settled).toBe('confident');
    }
    // The last answer settled the last open area.
    expect(Math.max(...Object.values(after).map(Number))).toBe(answers.length);
  });
});

describe('the catalogue’s cuts', () => {
  it('are decided on, and one stops mattering once the course is settled by another area', () => {
    const levels = { coding: { entry: 2, target: 4 }, 'problem-solving': { entry: 2, target: 4 } };
    const cuts = { coding: [-2, 0], 'problem-solving': [-2, 0] };
    const coding = ITEMS.filter((item) => item.area === 'coding').sort((x, y) => x.b - y.b);
    const answers = [
      // Coding near θ = 0: right below it, wrong above.
      ...coding.map((item) => ({ itemId: item.id, correct: item.b < 0 })).slice(4, 14),
      // Problem solving far below: every answer wrong.
      ...ITEMS.filter((item) => item.area === 'problem-solving')
        .slice(0, 8)
        .map((item) => ({ itemId: item.id, correct: false })),
    ];
    const loose = config({ areaCorrelation: 0.3 });
    const without = scoreAttempt(BANK, { answers, cuts }, loose).codingReadiness.decision;
    expect(without.open).toContain(0);
    // Problem solving is surely below the course's entry: the course is out, whatever coding
    // shows, so coding's course cuts no longer hold the test.
    const withCourses = scoreAttempt(BANK, { answers, cuts, courses: [levels] }, loose);
    expect(withCourses.codingReadiness.decision.open).not.toContain(0);
    expect(withCourses.codingReadiness.decision.open).not.toContain(-2);
  });

  it('are settled with their own, narrower indifference zone', () => {
    const cuts = { coding: [0] };
    const coding = ITEMS.filter((item) => item.area === 'coding').sort((x, y) => x.b - y.b);
    // Coding just above θ = 0.
    const answers = coding.map((item) => ({ itemId: item.id, correct: item.b < 0.1 })).slice(2, 12);
    const wide = scoreAttempt(BANK, { answers, cuts }, config({ courseIndifference: 0.4 }));
    expect(wide.codingReadiness.decision.open).not.toContain(0);
    const narrow = scoreAttempt(BANK, { answers, cuts }, config({ courseIndifference: 0.05 }));
    expect(narrow.codingReadiness.decision.open).toContain(0);
    // A group's cut keeps the group's zone.
    expect(narrow.codingReadiness.decision.open).not.toContain(-1);
  });
});

describe('the intake’s prior', () => {
  it('moves each area’s prior by its shift times the weight, in population SDs', () => {
    const priors = priorsOf(config({ intakeWeight: 0.5 }), { coding: -0.8 });
    expect(priors.coding).toEqual({ mean: -0.4, sd: 1 });
    expect(priors.safety).toEqual({ mean: 0, sd: 1 });
    expect(priorsOf(config({ intakeWeight: 0 }), { coding: -0.8 }).coding.mean).toBe(0);
  });

  it('starts the estimates where the intake points, and is overruled by the answers', () => {
    const low = scoreAttempt(BANK, { answers: [], prior: abilities(-0.8) });
    expect(low.areas.safety.theta).toBeCloseTo(-0.8, 1);
    const right = ITEMS.filter((item) => item.area === 'safety').map((item) => ({
      itemId: item.id,
      correct: true,
    }));
    expect(
      scoreAttempt(BANK, { answers: right, prior: abilities(-0.8) }).areas.safety.theta,
    ).toBeGreaterThan(1);
  });
});

describe('result', () => {
  it('estimates each area mostly from its own answers, and the others through the correlation', () => {
    const safety = ITEMS.filter((item) => item.area === 'safety').slice(0, 6);
    const result = scoreAttempt(BANK, {
      answers: safety.map((item) => ({ itemId: item.id, correct: true })),
    });
    expect(result.areas.safety.theta).toBeGreaterThan(result.areas.information.theta);
    expect(result.areas.information.theta).toBeGreaterThan(0.3);
    expect(result.areas.information.se).toBeGreaterThan(result.areas.safety.se);
    const apart = scoreAttempt(
      BANK,
      { answers: safety.map((item) => ({ itemId: item.id, correct: true })) },
      config({ areaCorrelation: 0 }),
    );
    expect(apart.areas.information.theta).toBeCloseTo(0, 6);
  });

  it('maps every estimate to a level inside the most probable cell, and levels by area', () => {
    const { done } = take(ITEMS, abilities(0.5), { seed: 4 });
    const { result } = done;
    for (const area of COMPETENCE_AREAS) {
      const scale = area === 'coding' ? result.codingReadiness : result.areas[area];
      const { lower, upper } = scale.decision;
      const cuts = DEFAULT_ENGINE_CONFIG.levelCuts;
      const start = cuts[scale.level - 2] ?? -Infinity;
      const end = cuts[scale.level - 1] ?? Infinity;
      expect(end).toBeGreaterThan(lower ?? -Infinity);
      expect(start).toBeLessThan(upper ?? Infinity);
    }
    expect(Object.keys(levelsOf(result)).sort()).toEqual([...COMPETENCE_AREAS].sort());
  });

  it('tells how sure it is of each area’s level group', () => {
    const { done } = take(ITEMS, abilities(-2.6), { seed: 2 });
    for (const area of COMPETENCE_AREAS) {
      const scale = area === 'coding' ? done.result.codingReadiness : done.result.areas[area];
      expect(scale.group).toBe('foundation');
      expect(scale.groupConfidence).toBeGreaterThan(0.85);
      expect(scale.groupConfidence).toBeLessThanOrEqual(1);
    }
    const fresh = scoreAttempt(BANK, { answers: [] });
    // With no answer, the prior: P(−1 ≤ θ < 1) under N(0, 1) is 0.68.
    expect(fresh.areas.safety.groupConfidence).toBeCloseTo(0.68, 1);
  });

  it('gives the overall estimate after each answer, ending on the final one', () => {
    const { answers, done } = take(ITEMS, abilities(1), { seed: 9 });
    const after = estimatesAfterEach(BANK, answers);
    expect(after).toHaveLength(answers.length);
    expect(after[after.length - 1].theta).toBeCloseTo(done.result.overall.theta, 12);
  });
});

describe('attempt state', () => {
  it('serves the same item for the same state (resume)', () => {
    const { answers, state } = take(ITEMS, abilities(0), {
      seed: 11,
      config: config({ maxLength: 10 }),
    });
    const partial = { ...state, answers: answers.slice(0, 4) };
    const once = nextStep(BANK, partial) as ItemStep;
    const again = nextStep(BANK, partial) as ItemStep;
    expect(again.item.id).toBe(once.item.id);
    expect(again.questionsLeft).toBe(once.questionsLeft);
  });

  it('rejects answers to unknown items and answers given twice', () => {
    expect(() => nextStep(BANK, { seed: 1, answers: [{ itemId: 'nope', correct: true }] })).toThrow(
      /not in the item bank/,
    );
    const id = ITEMS[0].id;
    expect(() =>
      nextStep(BANK, {
        seed: 1,
        answers: [
          { itemId: id, correct: true },
          { itemId: id, correct: false },
        ],
      }),
    ).toThrow(/answered twice/);
  });
});

describe('Sympson–Hetter exposure control', () => {
  const first = (nextStep(BANK, { seed: 1, answers: [] }) as ItemStep).item.id;

  it('gives a selected item with probability K', () => {
    const bank = prepareBank(ITEMS, { exposureControl: { [first]: 0.2 } });
    let given = 0;
    let heldBack = 0;
    for (let seed = 0; seed < 2000; seed++) {
      const step = nextStep(bank, { seed, answers: [] }) as ItemStep;
      if (step.item.id === first) given++;
      if (step.heldBack.includes(first)) heldBack++;
    }
    expect(given / 2000).toBeGreaterThan(0.16);
    expect(given / 2000).toBeLessThan(0.24);
    expect(given + heldBack).toBe(2000);
  });

  it('keeps an item held back for the rest of the attempt', () => {
    const bank = prepareBank(ITEMS, { exposureControl: { [first]: 0.2 } });
    let seed = 0;
    while ((nextStep(bank, { seed, answers: [] }) as ItemStep).item.id === first) seed++;
    const { answers } = take(ITEMS, abilities(0), { seed, exposure: { [first]: 0.2 } });
    expect(answers.map((a) => a.itemId)).not.toContain(first);
  });

  it('still serves an item when every candidate is held back', () => {
    const exposure = Object.fromEntries(ITEMS.map((item) => [item.id, 1e-9]));
    const step = nextStep(prepareBank(ITEMS, { exposureControl: exposure }), {
      seed: 3,
      answers: [],
    }) as ItemStep;
    expect(step.item.id).toBe(first);
  });
});

describe('"about N questions left"', () => {
  it('is at least 1, at least the areas’ minimums, and never beyond the maximum length', () => {
    const fresh = nextStep(BANK, { seed: 1, answers: [] }, config({ minPerArea: 2 })) as ItemStep;
    expect(fresh.questionsLeft).toBeGreaterThanOrEqual(12);
    expect(fresh.questionsLeft).toBeLessThanOrEqual(DEFAULT_ENGINE_CONFIG.maxLength);
    const { steps } = take(ITEMS, abilities(-1), { seed: 6 });
    for (const step of steps) {
      expect(step.questionsLeft).toBeGreaterThanOrEqual(1);
      expect(step.questionsLeft).toBeLessThanOrEqual(
        DEFAULT_ENGINE_CONFIG.maxLength - step.answered,
      );
    }
  });

  it('falls as the test goes and is 0 once it would stop', () => {
    const { steps, state } = take(ITEMS, abilities(-2.6), { seed: 2 });
    expect(steps[steps.length - 1].questionsLeft).toBeLessThan(steps[0].questionsLeft);
    expect(questionsLeft(BANK, state)).toBe(0);
  });
});

describe('retired items', () => {
  it('are never served, yet still score the answers given before they were retired', () => {
    const first = nextStep(BANK, { seed: 3, answers: [] });
    if (first.done) throw new Error('the test should not be over');
    const retiredId = first.item.id;
    const bank = prepareBank(ITEMS, { retired: [retiredId] });
    const answers: Answer[] = [{ itemId: retiredId, correct: true }];
    for (;;) {
      const step = nextStep(bank, { seed: 3, answers });
      if (step.done) break;
      expect(step.item.id).not.toBe(retiredId);
      answers.push({ itemId: step.item.id, correct: answers.length % 2 === 0 });
    }
    const withRetired = scoreAttempt(bank, { answers });
    const without = scoreAttempt(bank, { answers: answers.slice(1) });
    expect(withRetired.answered).toBe(answers.length);
    expect(withRetired.overall.theta).toBeGreaterThan(without.overall.theta);
  });

  it('do not count towards an area’s minimum', () => {
    const area = ITEMS[0].area;
    const inArea = ITEMS.filter((item) => item.area === area).map((item) => item.id);
    const bank = prepareBank(ITEMS, { retired: inArea.slice(1) });
    expect(bank.areaSizes.get(area)).toBe(1);
  });
});
