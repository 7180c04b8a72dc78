import { prepareBank } from './bank';
import { decide, decisionCuts, groupCuts, openCuts } from './decision';
import { posteriorSummary } from './estimation';
import { LEVEL_CUTS } from './levels';
import { areaPosteriors, probabilityBelow, STANDARD_POPULATION } from './posterior';
import { syntheticBank } from './synthetic-bank';

const bank = prepareBank(syntheticBank(3, 10));
const nodes = bank.nodes;

function logLikOf(indices: number[], correct: boolean[]): Float64Array {
  const log = new Float64Array(nodes.length);
  indices.forEach((i, n) => {
    const table = correct[n] ? bank.logRight[i] : bank.logWrong[i];
    for (let k = 0; k < log.length; k++) log[k] += table[k];
  });
  return log;
}

/** Brute force: the two-area posterior on the full grid under a bivariate normal prior. */
function bruteForce(a: Float64Array, b: Float64Array, rho: number, meanA = 0, sdA = 1) {
  let total = 0;
  let firstA = 0;
  let firstB = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = 0; j < nodes.length; j++) {
      const x = (nodes[i] - meanA) / sdA;
      const y = nodes[j];
      const prior = Math.exp(-(x * x - 2 * rho * x * y + y * y) / (2 * (1 - rho * rho)));
      const w = prior * Math.exp(a[i] + b[j]);
      total += w;
      firstA += w * nodes[i];
      firstB += w * nodes[j];
    }
  }
  return { a: firstA / total, b: firstB / total };
}

describe('the correlated posterior of the areas', () => {
  const safety = bank.items.map((item, i) => ({ item, i })).filter((x) => x.item.area === 'safety');
  const coding = bank.items.map((item, i) => ({ item, i })).filter((x) => x.item.area === 'coding');
  const a = logLikOf(
    safety.slice(0, 5).map((x) => x.i),
    [true, true, false, true, true],
  );
  const b = logLikOf(
    coding.slice(0, 3).map((x) => x.i),
    [false, false, true],
  );

  it('matches a brute-force two-dimensional posterior', () => {
    for (const rho of [0.3, 0.6, 0.8]) {
      const two = { ...STANDARD_POPULATION };
      const result = areaPosteriors(
        nodes,
        new Map([
          ['safety', a],
          ['coding', b],
        ]),
        { safety: two.safety, coding: two.coding } as typeof STANDARD_POPULATION,
        rho,
      );
      const exact = bruteForce(a, b, rho);
      expect(result.safety.theta).toBeCloseTo(exact.a, 2);
      expect(result.coding.theta).toBeCloseTo(exact.b, 2);
    }
  });

  it('is each area alone when the areas do not correlate', () => {
    const result = areaPosteriors(nodes, new Map([['safety', a]]), STANDARD_POPULATION, 0);
    const alone = posteriorSummary(nodes, a);
    expect(result.safety.theta).toBeCloseTo(alone.theta, 3);
    expect(result.safety.se).toBeCloseTo(alone.se, 3);
    expect(result.coding.theta).toBeCloseTo(0, 6);
    expect(result.coding.se).toBeCloseTo(1, 2);
  });

  it('follows a shifted prior mean and keeps every mass summing to one', () => {
    const shifted = { ...STANDARD_POPULATION, information: { mean: -0.8, sd: 1.2 } };
    const result = areaPosteriors(nodes, new Map(), shifted, 0.8);
    expect(result.information.theta).toBeCloseTo(-0.8, 2);
    expect(result.information.se).toBeCloseTo(1.2, 1);
    for (const area of Object.keys(result) as (keyof typeof result)[]) {
      expect(result[area].mass.reduce((s, m) => s + m, 0)).toBeCloseTo(1, 10);
    }
  });

  it('stays finite at a correlation of 1 (held at its maximum)', () => {
    const result = areaPosteriors(nodes, new Map([['safety', a]]), STANDARD_POPULATION, 1);
    expect(Number.isFinite(result.coding.theta)).toBe(true);
    expect(result.coding.theta).toBeGreaterThan(0.5 * result.safety.theta);
  });
});

describe('decisions', () => {
  const point = (theta: number) => {
    const mass = new Float64Array(nodes.length);
    mass[nodes.findIndex((t) => Math.abs(t - theta) < 1e-9)] = 1;
    return mass;
  };

  it('cuts the groups at the starts of levels 3, 5 and 7, and adds the catalogue’s', () => {
    expect(groupCuts(LEVEL_CUTS)).toEqual([-1, 1, 3]);
    expect(decisionCuts(LEVEL_CUTS, [0, -2, 1])).toEqual([-2, -1, 0, 1, 3]);
  });

  it('splits a node on a cut in halves, and is continuous in the cut', () => {
    const mass = point(0);
    expect(probabilityBelow(nodes, mass, 0)).toBeCloseTo(0.5, 10);
    expect(probabilityBelow(nodes, mass, 0.05)).toBeCloseTo(1, 10);
    expect(probabilityBelow(nodes, mass, -0.025)).toBeCloseTo(0.25, 10);
  });

  it('finds the most probable cell and the cuts still in doubt', () => {
    const mass = new Float64Array(nodes.length);
    nodes.forEach((t, k) => (mass[k] = Math.exp(-((t + 1.2) ** 2) / (2 * 0.3 ** 2))));
    const total = mass.reduce((s, m) => s + m, 0);
    mass.forEach((m, k) => (mass[k] = m / total));
    const decision = decide(nodes, mass, [-1, 1, 3]);
    expect(decision).toMatchObject({ lower: null, upper: -1 });
    expect(decision.confidence).toBeCloseTo(0.75, 1);
    // Within the indifference zone of −1 (δ = 0.4): P(θ < −0.6) ≈ 0.98 settles it.
    expect(openCuts(nodes, mass, [-1, 1, 3], 0.4, 0.9)).toEqual([]);
    const open = openCuts(nodes, mass, [-1, 1, 3], 0.1, 0.9);
    expect(open.map((o) => o.cut)).toEqual([-1]);
    expect(open[0].doubt).toBeCloseTo(0.37, 2);
    // A zone per cut: narrow at −1 only.
    const perCut = openCuts(nodes, mass, [-1, 1, 3], (cut) => (cut === -1 ? 0.1 : 0.4), 0.9);
    expect(perCut).toEqual(open);
  });
});
