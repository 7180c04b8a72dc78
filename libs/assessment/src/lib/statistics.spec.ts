import { prepareBank } from './bank';
import type { Answer } from './engine';
import type { CalibratedItem } from './irt';
import { itemStatistics } from './statistics';

const ITEMS: CalibratedItem[] = [
  { id: 'anchor', area: 'information', a: 1.3, b: 0 },
  { id: 'target', area: 'safety', a: 0.9, b: 0.4, c: 0.2 },
  { id: 'hard', area: 'coding', a: 1.6, b: 1.2 },
  { id: 'easy', area: 'communication', a: 1.1, b: -0.8, c: 0.25 },
  { id: 'unused', area: 'problem-solving', a: 1, b: 0 },
];
const bank = prepareBank(ITEMS);

const answer = (itemId: string, correct: boolean): Answer => ({ itemId, correct });
const answers = (pattern: Record<string, 0 | 1>): Answer[] =>
  Object.entries(pattern).map(([id, score]) => answer(id, score === 1));

/**
 * An EAP written out again: the same grid as the engine (101 equal-weight nodes on [−5, 5]),
 * the probabilities computed directly rather than read from the bank's log tables.
 */
function restEap(responses: readonly Answer[]): number {
  let weight = 0;
  let first = 0;
  for (let k = 0; k <= 100; k++) {
    const theta = -5 + k / 10;
    let density = Math.exp(-0.5 * theta * theta);
    for (const { itemId, correct } of responses) {
      const { a, b, c = 0 } = ITEMS.find((item) => item.id === itemId) as CalibratedItem;
      const p = c + (1 - c) / (1 + Math.exp(-a * (theta - b)));
      density *= correct ? p : 1 - p;
    }
    weight += density;
    first += density * theta;
  }
  return first / weight;
}

/** The textbook one-pass formula, n·Σxy − Σx·Σy over the square roots of the same for x and y. */
function textbookPearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const sx = sum(xs);
  const sy = sum(ys);
  const sxy = sum(xs.map((x, i) => x * ys[i]));
  const sxx = sum(xs.map((x) => x * x));
  const syy = sum(ys.map((y) => y * y));
  return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

describe('itemStatistics', () => {
  /**
   * Six attempts answering both `anchor` (2PL, b = 0) and `target`. The rest estimate for
   * `target` is then from `anchor` alone: +t after a right answer, −t after a wrong one (the
   * posterior is symmetric). With target scores 1 1 1 0 0 0 and anchor scores 1 1 0 0 0 1:
   * x̄ = 1/2, ȳ = 0, Σ(x − x̄)y = t/2·(1 + 1 − 1 + 1 + 1 − 1) = t, Σ(x − x̄)² = 6/4, Σy² = 6t²,
   * so r = t / √(6/4 · 6t²) = 1/3 whatever t. For `anchor` the rest estimate takes one value
   * after a right `target` answer and a lower one after a wrong one, an increasing function of
   * the target's score: r is then the phi coefficient of the two scores, again 1/3.
   */
  const pairs: Answer[][] = [
    answers({ target: 1, anchor: 1 }),
    answers({ target: 1, anchor: 1 }),
    answers({ target: 1, anchor: 0 }),
    answers({ anchor: 0, target: 0 }),
    answers({ anchor: 0, target: 0 }),
    answers({ anchor: 1, target: 0 }),
  ];

  it('gives the hand-computed item–rest correlation of 1/3', () => {
    const stats = itemStatistics(bank, pairs);
    expect(stats.get('target')?.itemRest).toBeCloseTo(1 / 3, 12);
    expect(stats.get('anchor')?.itemRest).toBeCloseTo(1 / 3, 12);
  });

  it('counts answers, exposure and p-values by hand', () => {
    const stats = itemStatistics(bank, [...pairs, [], [answer('hard', true)]]);
    // 7 attempts with answers (the empty one does not count).
    expect(stats.get('target')).toMatchObject({ shown: 6, pValue: 3 / 6 });
    expect(stats.get('target')?.exposure).toBeCloseTo(6 / 7, 12);
    expect(stats.get('anchor')).toMatchObject({ shown: 6, pValue: 3 / 6 });
    expect(stats.get('hard')).toMatchObject({ shown: 1, pValue: 1, itemRest: null });
    expect(stats.get('hard')?.exposure).toBeCloseTo(1 / 7, 12);
  });

  it('matches an independent EAP and Pearson on attempts of different items', () => {
    const attempts: Answer[][] = [
      answers({ anchor: 1, target: 1, hard: 1, easy: 1 }),
      answers({ anchor: 0, target: 1, easy: 1 }),
      answers({ easy: 0, anchor: 0, hard: 0 }),
      answers({ target: 0, easy: 1, hard: 1, anchor: 1 }),
      answers({ anchor: 1, hard: 0, target: 1 }),
      answers({ hard: 0, easy: 0, target: 0, anchor: 1 }),
    ];
    const stats = itemStatistics(bank, attempts);
    for (const id of ['anchor', 'target', 'hard', 'easy']) {
      const answered = attempts.filter((attempt) => attempt.some((a) => a.itemId === id));
      const scores = answered.map((attempt): number =>
        attempt.find((a) => a.itemId === id)?.correct ? 1 : 0,
      );
      const rest = answered.map((attempt) => restEap(attempt.filter((a) => a.itemId !== id)));
      const item = stats.get(id);
      expect(item?.shown).toBe(answered.length);
      expect(item?.exposure).toBeCloseTo(answered.length / 6, 12);
      expect(item?.pValue).toBeCloseTo(scores.reduce((s, v) => s + v, 0) / scores.length, 12);
      if (answered.length < 5) expect(item?.itemRest).toBeNull();
      else expect(item?.itemRest).toBeCloseTo(textbookPearson(scores, rest), 10);
    }
    // anchor and easy are answered 6 and 5 times: the check above covered real correlations.
    expect(stats.get('anchor')?.itemRest).not.toBeNull();
    expect(stats.get('easy')?.itemRest).not.toBeNull();
    expect(stats.get('hard')?.itemRest).not.toBeNull();
  });

  it('lists never-shown items with zeros and nulls', () => {
    const stats = itemStatistics(bank, pairs);
    expect([...stats.keys()]).toEqual(ITEMS.map((item) => item.id));
    expect(stats.get('unused')).toEqual({ shown: 0, exposure: 0, pValue: null, itemRest: null });
    expect(itemStatistics(bank, []).get('anchor')).toEqual({
      shown: 0,
      exposure: 0,
      pValue: null,
      itemRest: null,
    });
  });

  it('gives no correlation under 5 answers', () => {
    const stats = itemStatistics(bank, pairs.slice(0, 4));
    expect(stats.get('target')).toMatchObject({ shown: 4, pValue: 3 / 4, itemRest: null });
  });

  it('gives no correlation when the score or the rest estimate does not vary', () => {
    // Everyone right on `easy`: no variance in the score.
    const allRight = pairs.map((attempt) => [...attempt, answer('easy', true)]);
    expect(itemStatistics(bank, allRight).get('easy')).toMatchObject({
      shown: 6,
      pValue: 1,
      itemRest: null,
    });
    // `hard` alone in each attempt: every rest estimate is the prior mean.
    const alone = [1, 0, 1, 0, 1, 0].map((score) => [answer('hard', score === 1)]);
    expect(itemStatistics(bank, alone).get('hard')).toMatchObject({
      shown: 6,
      pValue: 0.5,
      itemRest: null,
    });
  });

  it('skips answers to items not in the bank', () => {
    const withGhosts = [
      ...pairs.map((attempt) => [answer('ghost', true), ...attempt, answer('retired-01', false)]),
      [answer('ghost', false)],
    ];
    const stats = itemStatistics(bank, withGhosts);
    expect(stats.has('ghost')).toBe(false);
    expect(stats.size).toBe(ITEMS.length);
    // The attempt with only a ghost answer is not counted: the same figures as without ghosts.
    expect(stats).toEqual(itemStatistics(bank, pairs));
    expect(stats.get('target')?.exposure).toBe(1);
  });
});
