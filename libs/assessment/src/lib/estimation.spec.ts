import { prepareBank } from './bank';
import { scoreAttempt } from './engine';
import { DEFAULT_QUADRATURE, eap, quadratureNodes, type ScoredResponse } from './estimation';

/**
 * An independent EAP: Simpson's rule on a wider, finer grid ([−8, 8], step 0.01), with the
 * model written out again here rather than imported.
 */
function simpsonEap(
  items: { a: number; b: number; c?: number }[],
  pattern: boolean[],
  prior = { mean: 0, sd: 1 },
): { theta: number; se: number } {
  const n = 1600; // intervals, even
  const lo = -8;
  const h = 16 / n;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k <= n; k++) {
    const t = lo + k * h;
    let f = Math.exp(-0.5 * ((t - prior.mean) / prior.sd) ** 2);
    items.forEach(({ a, b, c = 0 }, i) => {
      const p = c + (1 - c) / (1 + Math.exp(-a * (t - b)));
      f *= pattern[i] ? p : 1 - p;
    });
    const w = k === 0 || k === n ? 1 : k % 2 === 1 ? 4 : 2;
    m0 += w * f;
    m1 += w * f * t;
    m2 += w * f * t * t;
  }
  const theta = m1 / m0;
  return { theta, se: Math.sqrt(m2 / m0 - theta * theta) };
}

const tiny = [
  { a: 1.2, b: -0.5 },
  { a: 0.8, b: 0.7 },
  { a: 2.0, b: 0.2, c: 0.2 },
];

function responses(pattern: boolean[]): ScoredResponse[] {
  return tiny.map((item, i) => ({ item, correct: pattern[i] }));
}

describe('EAP by quadrature', () => {
  it('uses 101 equally spaced nodes on [−5, 5]', () => {
    const nodes = quadratureNodes();
    expect(DEFAULT_QUADRATURE).toEqual({ points: 101, min: -5, max: 5 });
    expect(nodes).toHaveLength(101);
    expect(nodes[0]).toBe(-5);
    expect(nodes[100]).toBe(5);
    expect(nodes[41] - nodes[40]).toBeCloseTo(0.1, 12);
    expect(() => quadratureNodes({ points: 1, min: 0, max: 1 })).toThrow(RangeError);
  });

  it.each([
    [[true, true, true]],
    [[false, false, false]],
    [[true, false, true]],
    [[false, true, false]],
    [[true, true, false]],
  ])('matches a hand-written Simpson quadrature on a 3-item bank: %p', (pattern) => {
    const expected = simpsonEap(tiny, pattern);
    const actual = eap(responses(pattern));
    expect(Math.abs(actual.theta - expected.theta)).toBeLessThan(1e-3);
    expect(Math.abs(actual.se - expected.se)).toBeLessThan(1e-3);
  });

  it('takes a prior with another mean and SD', () => {
    const prior = { mean: 0.8, sd: 0.6 };
    const pattern = [false, true, true];
    const expected = simpsonEap(tiny, pattern, prior);
    const actual = eap(responses(pattern), prior);
    expect(Math.abs(actual.theta - expected.theta)).toBeLessThan(1e-3);
    expect(Math.abs(actual.se - expected.se)).toBeLessThan(1e-3);
    // A prior far from the centre, as a low learner's area prior: still within the grid.
    const low = { mean: -2.2, sd: 0.6 };
    const farExpected = simpsonEap(tiny, [false, false, false], low);
    const far = eap(responses([false, false, false]), low);
    expect(Math.abs(far.theta - farExpected.theta)).toBeLessThan(1e-3);
    expect(Math.abs(far.se - farExpected.se)).toBeLessThan(1e-3);
    // Without answers the estimate is the prior.
    const none = eap([], prior);
    expect(none.theta).toBeCloseTo(0.8, 4);
    expect(none.se).toBeCloseTo(0.6, 3);
    expect(() => eap([], { mean: 0, sd: 0 })).toThrow(RangeError);
  });

  it('mirrors: the opposite answers to mirrored items give the opposite estimate', () => {
    const items = [
      { a: 1, b: -1 },
      { a: 1.5, b: 0.5 },
    ];
    const mirrored = items.map(({ a, b }) => ({ a, b: -b }));
    const left = eap([
      { item: items[0], correct: true },
      { item: items[1], correct: false },
    ]);
    const right = eap([
      { item: mirrored[0], correct: false },
      { item: mirrored[1], correct: true },
    ]);
    expect(left.theta).toBeCloseTo(-right.theta, 10);
    expect(left.se).toBeCloseTo(right.se, 10);
  });

  it('does not underflow on a long test', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      item: { a: 2.5, b: -3 + (6 * i) / 399 },
      correct: i % 2 === 0,
    }));
    const estimate = eap(many);
    expect(Number.isFinite(estimate.theta)).toBe(true);
    expect(estimate.se).toBeGreaterThan(0);
    expect(estimate.se).toBeLessThan(0.15);
  });

  it('gives the same overall estimate through the prepared bank', () => {
    const bank = prepareBank(
      tiny.map((item, i) => ({ ...item, id: `t${i}`, area: 'safety' as const })),
    );
    const pattern = [true, false, true];
    const result = scoreAttempt(bank, {
      answers: pattern.map((correct, i) => ({ itemId: `t${i}`, correct })),
    });
    const direct = eap(responses(pattern));
    expect(result.overall.theta).toBeCloseTo(direct.theta, 10);
    expect(result.overall.se).toBeCloseTo(direct.se, 10);
  });
});
