import { COMPETENCE_AREAS, type CompetenceArea } from '@passerelle/contracts';

import type { AbilityEstimate } from './estimation';

/** A normal distribution of one area's ability in the population. */
export interface AreaPrior {
  mean: number;
  sd: number;
}

/** The ability distribution of every area (the bank version's population). */
export type Population = Readonly<Record<CompetenceArea, AreaPrior>>;

export const STANDARD_POPULATION: Population = Object.fromEntries(
  COMPETENCE_AREAS.map((area) => [area, { mean: 0, sd: 1 }]),
) as Record<CompetenceArea, AreaPrior>;

/**
 * The largest correlation between areas the posterior uses. At ρ = 1 an area's ability given
 * the general factor has no spread left, which a grid cannot represent; 0.95 leaves an SD of
 * 0.22·σ, two grid steps. A calibration that finds ρ above it is told apart from it by nothing
 * the placement needs.
 */
export const MAX_AREA_CORRELATION = 0.95;

/** The grid of the general factor g ~ N(0, 1): 41 nodes on [−5, 5]. */
const FACTOR_NODES = Float64Array.from({ length: 41 }, (_, j) => -5 + j * 0.25);
const FACTOR_LOG_WEIGHTS = FACTOR_NODES.map((g) => -0.5 * g * g);

/** One area's posterior on the bank's θ grid. */
export interface AreaPosterior extends AbilityEstimate {
  /** The posterior probability of each node of the grid (sums to 1). */
  mass: Float64Array;
}

/**
 * Kernels K[j][t] ∝ density of θ_t given g_j, each row summing to 1 on the grid, by prior and
 * correlation: an attempt's priors take a few values only (the intake's), so they are reused.
 */
const kernelsByGrid = new WeakMap<Float64Array, Map<string, Float64Array>>();
const KERNEL_CACHE_LIMIT = 512;

function kernel(nodes: Float64Array, prior: AreaPrior, rho: number): Float64Array {
  let kernels = kernelsByGrid.get(nodes);
  if (!kernels) {
    kernels = new Map();
    kernelsByGrid.set(nodes, kernels);
  }
  const key = `${prior.mean}:${prior.sd}:${rho}`;
  const cached = kernels.get(key);
  if (cached) return cached;
  const T = nodes.length;
  const G = FACTOR_NODES.length;
  const table = new Float64Array(G * T);
  const spread = prior.sd * Math.sqrt(1 - rho);
  const loading = prior.sd * Math.sqrt(rho);
  for (let j = 0; j < G; j++) {
    const centre = prior.mean + loading * FACTOR_NODES[j];
    let sum = 0;
    for (let t = 0; t < T; t++) {
      const z = (nodes[t] - centre) / spread;
      const value = Math.exp(-0.5 * z * z);
      table[j * T + t] = value;
      sum += value;
    }
    // A centre far off the grid leaves a row of zeros: it then carries no weight at all.
    if (sum > 0) for (let t = 0; t < T; t++) table[j * T + t] /= sum;
  }
  if (kernels.size >= KERNEL_CACHE_LIMIT) kernels.clear();
  kernels.set(key, table);
  return table;
}

/**
 * The posterior of every area's ability from the answers in each area, under the correlated
 * prior θ_k = μ_k + σ_k(√ρ·g + √(1 − ρ)·e_k), with g and the e_k independent standard normals
 * (every pair of areas correlates ρ). Given g the areas are independent, so the posterior of g
 * is its prior times one integral per area, and each area's posterior follows from it exactly
 * (up to the grids): an answer in one area moves the others through g, as much as ρ says.
 *
 * `logLik` holds, per area, the log-likelihood of its answers on the grid `nodes`; an area with
 * no answers may be missing. Every area of `priors` gets a posterior.
 */
export function areaPosteriors(
  nodes: Float64Array,
  logLik: ReadonlyMap<CompetenceArea, Float64Array>,
  priors: Readonly<Record<CompetenceArea, AreaPrior>>,
  correlation: number,
): Record<CompetenceArea, AreaPosterior> {
  const rho = Math.min(MAX_AREA_CORRELATION, Math.max(0, correlation));
  const T = nodes.length;
  const G = FACTOR_NODES.length;
  const areas = Object.keys(priors) as CompetenceArea[];
  const likelihoods = new Map<CompetenceArea, Float64Array>();
  const integrals = new Map<CompetenceArea, Float64Array>();
  const logWeight = Float64Array.from(FACTOR_LOG_WEIGHTS);
  for (const area of areas) {
    const prior = priors[area];
    if (!(prior.sd > 0)) throw new RangeError(`${area}: the prior SD must be positive`);
    const log = logLik.get(area);
    if (!log) continue;
    let top = -Infinity;
    for (let t = 0; t < T; t++) top = Math.max(top, log[t]);
    const likelihood = new Float64Array(T);
    for (let t = 0; t < T; t++) likelihood[t] = Math.exp(log[t] - top);
    const K = kernel(nodes, prior, rho);
    const integral = new Float64Array(G);
    for (let j = 0; j < G; j++) {
      let sum = 0;
      for (let t = 0; t < T; t++) sum += K[j * T + t] * likelihood[t];
      integral[j] = sum;
      logWeight[j] += Math.log(sum);
    }
    likelihoods.set(area, likelihood);
    integrals.set(area, integral);
  }
  let top = -Infinity;
  for (let j = 0; j < G; j++) top = Math.max(top, logWeight[j]);
  const weight = new Float64Array(G);
  // Factor values this far below the top carry nothing the sums would show (e^−30 ≈ 1e−13).
  for (let j = 0; j < G; j++) {
    weight[j] = logWeight[j] - top > -30 ? Math.exp(logWeight[j] - top) : 0;
  }

  const result = {} as Record<CompetenceArea, AreaPosterior>;
  for (const area of areas) {
    const K = kernel(nodes, priors[area], rho);
    const likelihood = likelihoods.get(area);
    const integral = integrals.get(area);
    const mass = new Float64Array(T);
    for (let j = 0; j < G; j++) {
      const w = integral ? (integral[j] > 0 ? weight[j] / integral[j] : 0) : weight[j];
      if (w === 0) continue;
      for (let t = 0; t < T; t++) mass[t] += w * K[j * T + t];
    }
    if (likelihood) for (let t = 0; t < T; t++) mass[t] *= likelihood[t];
    result[area] = summarise(nodes, mass);
  }
  return result;
}

function summarise(nodes: Float64Array, mass: Float64Array): AreaPosterior {
  let total = 0;
  let first = 0;
  for (let t = 0; t < nodes.length; t++) {
    total += mass[t];
    first += mass[t] * nodes[t];
  }
  for (let t = 0; t < nodes.length; t++) mass[t] /= total;
  const theta = first / total;
  let second = 0;
  for (let t = 0; t < nodes.length; t++) second += mass[t] * (nodes[t] - theta) ** 2;
  return { theta, se: Math.sqrt(second), mass };
}

/**
 * P(θ < cut) from a posterior on an equally spaced grid, each node's mass spread evenly over
 * its step: continuous in the cut, and a cut on a node splits that node's mass in half.
 */
export function probabilityBelow(nodes: Float64Array, mass: Float64Array, cut: number): number {
  const step = nodes[1] - nodes[0];
  let below = 0;
  for (let t = 0; t < nodes.length; t++) {
    const share = (cut - (nodes[t] - step / 2)) / step;
    if (share >= 1) below += mass[t];
    else if (share > 0) below += mass[t] * share;
  }
  return Math.min(1, Math.max(0, below));
}
