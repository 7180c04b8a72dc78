import { COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';

import { type ExposureControl, prepareBank } from './bank';
import {
  type Answer,
  DEFAULT_ENGINE_CONFIG,
  DIGCOMP_AREAS,
  type DoneStep,
  type EngineConfig,
  estimatesAfterEach,
  type ItemStep,
  levelsOf,
  nextStep,
  questionsLeft,
  scoreAttempt,
} from './engine';
import { eap } from './estimation';
import { type CalibratedItem, itemInformation, probability } from './irt';
import { groupOf, levelOf } from './levels';
import { mulberry32 } from './random';
import { syntheticBank } from './synthetic-bank';

const ITEMS = syntheticBank(7, 20);
const config = (overrides: Partial<EngineConfig> = {}): EngineConfig => ({
  ...DEFAULT_ENGINE_CONFIG,
  ...overrides,
});

/** Drives an attempt to its end with answers drawn for a learner of ability θ. */
function take(
  items: readonly CalibratedItem[],
  theta: number,
  options: { config?: EngineConfig; seed?: number; exposure?: ExposureControl } = {},
) {
  const bank = prepareBank(items, { exposureControl: options.exposure });
  const random = mulberry32(options.seed ?? 1);
  const answers: Answer[] = [];
  const steps: ItemStep[] = [];
  for (;;) {
    const step = nextStep(bank, { seed: options.seed ?? 1, answers }, options.config ?? config());
    if (step.done) return { bank, answers, steps, done: step as DoneStep };
    steps.push(step);
    answers.push({ itemId: step.item.id, correct: random() < probability(step.item, theta) });
  }
}

function areasOf(items: readonly CalibratedItem[], answers: readonly Answer[]) {
  const counts = new Map<CompetenceArea, number>();
  for (const answer of answers) {
    const area = items.find((item) => item.id === answer.itemId)?.area as CompetenceArea;
    counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  return counts;
}

describe('content balancing', () => {
  it('asks every area its minimum first, two per area', () => {
    for (const theta of [-2, 0, 1.5]) {
      const { answers } = take(ITEMS, theta);
      const first = areasOf(ITEMS, answers.slice(0, 12));
      expect(COMPETENCE_AREAS.map((area) => first.get(area))).toEqual([2, 2, 2, 2, 2, 2]);
    }
  });

  it('starts with the most informative item at θ = 0 (all areas tie)', () => {
    const bank = prepareBank(ITEMS);
    const step = nextStep(bank, { seed: 1, answers: [] }) as ItemStep;
    const best = Math.max(...ITEMS.map((item) => itemInformation(item, 0)));
    expect(itemInformation(step.item, 0)).toBe(best);
  });

  it('then picks the most informative item at the current estimate, from any area', () => {
    const { answers, steps, bank } = take(ITEMS, 0.7, { config: config({ seThreshold: 0.2 }) });
    for (const step of steps.slice(12)) {
      const taken = new Set(answers.slice(0, step.answered).map((a) => a.itemId));
      const best = Math.max(
        ...bank.items
          .filter((item) => !taken.has(item.id))
          .map((item) => itemInformation(item, step.estimate.theta)),
      );
      expect(itemInformation(step.item, step.estimate.theta)).toBe(best);
    }
  });

  it('asks an area only as many items as it has', () => {
    const items = ITEMS.filter((item) => item.area !== 'coding' || item.id.endsWith('01'));
    const { answers, done } = take(items, 0, { config: config({ seThreshold: 0.99 }) });
    expect(answers).toHaveLength(11);
    expect(areasOf(items, answers).get('coding')).toBe(1);
    expect(done.reason).toBe('precision');
  });
});

describe('stopping', () => {
  it('never stops before each area has its minimum, however precise', () => {
    const { answers, done } = take(ITEMS, 0, { config: config({ seThreshold: 0.99 }) });
    expect(answers).toHaveLength(12);
    expect(done.reason).toBe('precision');
  });

  it('stops as soon as the SE reaches the threshold', () => {
    for (const theta of [-1.5, 0, 0.8]) {
      const { steps, done } = take(ITEMS, theta, { config: config({ seThreshold: 0.3 }) });
      expect(done.reason).toBe('precision');
      expect(done.result.overall.se).toBeLessThanOrEqual(0.3);
      const last = steps[steps.length - 1];
      if (last.answered >= 12) expect(last.estimate.se).toBeGreaterThan(0.3);
    }
  });

  it('stops at the maximum length', () => {
    const { answers, done } = take(ITEMS, 0, { config: config({ seThreshold: 0.01 }) });
    expect(answers).toHaveLength(30);
    expect(done.reason).toBe('max-length');
  });

  it('stops when the bank runs out', () => {
    const items = COMPETENCE_AREAS.flatMap((area) =>
      ITEMS.filter((item) => item.area === area).slice(0, 2),
    );
    const { answers, done } = take(items, 0, { config: config({ seThreshold: 0.01 }) });
    expect(answers).toHaveLength(12);
    expect(done.reason).toBe('bank-exhausted');
  });

  it('refuses a maximum below the area minimum', () => {
    expect(() =>
      nextStep(prepareBank(ITEMS), { seed: 1, answers: [] }, config({ maxLength: 11 })),
    ).toThrow(/below the area minimum/);
  });
});

describe('attempt state', () => {
  it('serves the same item for the same state (resume)', () => {
    const bank = prepareBank(ITEMS, { exposureControl: { [ITEMS[5].id]: 0.5 } });
    const { answers } = take(ITEMS, 0.3, { seed: 42 });
    const partial = { seed: 42, answers: answers.slice(0, 7) };
    const once = nextStep(bank, partial) as ItemStep;
    const again = nextStep(prepareBank(ITEMS, { exposureControl: { [ITEMS[5].id]: 0.5 } }), {
      ...partial,
      answers: [...partial.answers],
    }) as ItemStep;
    expect(again.item.id).toBe(once.item.id);
  });

  it('rejects answers to unknown items and answers given twice', () => {
    const bank = prepareBank(ITEMS);
    const answer = { itemId: ITEMS[0].id, correct: true };
    expect(() => nextStep(bank, { seed: 1, answers: [{ itemId: 'nope', correct: true }] })).toThrow(
      /not in the item bank/,
    );
    expect(() => nextStep(bank, { seed: 1, answers: [answer, answer] })).toThrow(/answered twice/);
  });

  it('refuses a bank with duplicate ids or bad parameters', () => {
    expect(() => prepareBank([ITEMS[0], ITEMS[0]])).toThrow(/used twice/);
    expect(() => prepareBank([{ ...ITEMS[0], a: -1 }])).toThrow(/a must/);
    expect(() => prepareBank(ITEMS, { exposureControl: { [ITEMS[0].id]: 0 } })).toThrow(/\(0, 1\]/);
    expect(() => prepareBank([])).toThrow(/empty/);
  });
});

describe('Sympson–Hetter exposure control', () => {
  const bank0 = prepareBank(ITEMS);
  const first = (nextStep(bank0, { seed: 1, answers: [] }) as ItemStep).item.id;

  it('gives a selected item with probability K', () => {
    const bank = prepareBank(ITEMS, { exposureControl: { [first]: 0.2 } });
    let given = 0;
    let heldBack = 0;
    for (let seed = 0; seed < 4000; seed++) {
      const step = nextStep(bank, { seed, answers: [] }) as ItemStep;
      if (step.item.id === first) given++;
      if (step.heldBack.includes(first)) heldBack++;
    }
    expect(given / 4000).toBeGreaterThan(0.17);
    expect(given / 4000).toBeLessThan(0.23);
    expect(given + heldBack).toBe(4000);
  });

  it('keeps an item held back for the rest of the attempt', () => {
    const bank = prepareBank(ITEMS, { exposureControl: { [first]: 0.2 } });
    let seed = 0;
    while ((nextStep(bank, { seed, answers: [] }) as ItemStep).item.id === first) seed++;
    const { answers } = take(ITEMS, 0, { seed, exposure: { [first]: 0.2 } });
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
  it('is bounded by the area minimum and the maximum length', () => {
    for (const theta of [-2.5, 0, 2]) {
      const { steps } = take(ITEMS, theta);
      expect(steps[0].questionsLeft).toBeGreaterThanOrEqual(12);
      for (const step of steps) {
        expect(step.questionsLeft).toBeGreaterThanOrEqual(1);
        expect(step.questionsLeft).toBeLessThanOrEqual(30 - step.answered);
        expect(step.questionsLeft).toBeGreaterThanOrEqual(Math.max(1, 12 - step.answered));
      }
    }
  });

  it('is close to what the test then asks', () => {
    const random = mulberry32(5);
    let error = 0;
    let count = 0;
    for (let n = 0; n < 60; n++) {
      const theta = 2 * (random() - 0.5) * 2;
      const { steps } = take(ITEMS, theta, { seed: n });
      steps.forEach((step) => {
        error += Math.abs(step.questionsLeft - (steps.length - step.answered));
        count++;
      });
    }
    expect(error / count).toBeLessThan(3);
  });

  it('is 1 when one more item reaches the threshold', () => {
    const bank = prepareBank(ITEMS);
    const counts = new Map(COMPETENCE_AREAS.map((area) => [area, 2]));
    const taken = new Uint8Array(ITEMS.length);
    const at = (se: number) =>
      questionsLeft(bank, taken, counts, { theta: 0, se }, 1, config({ seThreshold: 0.3 }));
    expect(at(0.301)).toBe(1);
    expect(at(0.9)).toBeGreaterThan(1);
  });
});

describe('result', () => {
  const bank = prepareBank(ITEMS);
  const safety = ITEMS.filter((item) => item.area === 'safety').slice(0, 4);
  const others = ITEMS.filter((item) => item.area !== 'safety' && item.area !== 'coding').slice(
    0,
    8,
  );
  const answers: Answer[] = [
    ...safety.map((item) => ({ itemId: item.id, correct: true })),
    ...others.map((item) => ({ itemId: item.id, correct: false })),
  ];
  const result = scoreAttempt(bank, answers);

  it('estimates each area from its own answers', () => {
    expect(result.areas.safety.theta).toBeGreaterThan(result.overall.theta);
    expect(result.areas.information.theta).toBeLessThan(result.areas.safety.theta);
    expect(result.areas.safety.answered).toBe(4);
    expect(result.overall.answered).toBe(12);
    expect(result.answered).toBe(12);
  });

  it('puts the prior of an area on the other areas: N(ρ·m, ρ²s² + 1 − ρ²)', () => {
    const all = answers.map((a) => ({
      item: ITEMS.find((item) => item.id === a.itemId) as CalibratedItem,
      correct: a.correct,
    }));
    const rest = eap(all);
    // Coding has no answers: its estimate is that prior.
    const prior = { mean: 0.8 * rest.theta, sd: Math.sqrt(0.64 * rest.se ** 2 + 0.36) };
    expect(result.codingReadiness.theta).toBeCloseTo(prior.mean, 3);
    expect(result.codingReadiness.se).toBeCloseTo(prior.sd, 3);
    // Safety: its answers with the prior from the others.
    const withoutSafety = eap(all.filter((r) => !safety.includes(r.item as CalibratedItem)));
    const safetyPrior = {
      mean: 0.8 * withoutSafety.theta,
      sd: Math.sqrt(0.64 * withoutSafety.se ** 2 + 0.36),
    };
    const expected = eap(
      all.filter((r) => safety.includes(r.item as CalibratedItem)),
      safetyPrior,
    );
    expect(result.areas.safety.theta).toBeCloseTo(expected.theta, 8);
    expect(result.areas.safety.se).toBeCloseTo(expected.se, 8);
  });

  it('maps every estimate to a level and its group', () => {
    for (const scale of [result.overall, result.codingReadiness, ...Object.values(result.areas)]) {
      expect(scale.level).toBe(levelOf(scale.theta));
      expect(scale.group).toBe(groupOf(scale.level));
    }
    expect(Object.keys(result.areas).sort()).toEqual([...DIGCOMP_AREAS].sort());
    expect(Object.keys(levelsOf(result)).sort()).toEqual([...COMPETENCE_AREAS].sort());
    expect(levelsOf(result).coding).toBe(result.codingReadiness.level);
  });

  it('gives the estimate after each answer, ending on the overall one', () => {
    const after = estimatesAfterEach(bank, answers);
    expect(after).toHaveLength(12);
    expect(after[11].theta).toBeCloseTo(result.overall.theta, 12);
    expect(after[0].theta).toBeGreaterThan(0); // a right answer first
  });
});

describe('retired items', () => {
  it('are never served, yet still score the answers given before they were retired', () => {
    const first = nextStep(prepareBank(ITEMS), { seed: 3, answers: [] });
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
    const withRetired = scoreAttempt(bank, answers);
    const without = scoreAttempt(bank, answers.slice(1));
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
