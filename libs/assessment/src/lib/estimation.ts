import { type CalibratedItem, probability } from './irt';

/** An ability estimate on the θ scale with its standard error (the posterior SD for EAP). */
export interface AbilityEstimate {
  theta: number;
  se: number;
}

/** A normal prior on θ. */
export interface Prior {
  mean: number;
  sd: number;
}

export const STANDARD_NORMAL: Prior = { mean: 0, sd: 1 };

/**
 * The quadrature grid: equally spaced nodes with equal weights, 101 nodes on [−5, 5] (a step
 * of 0.1). The posterior is smooth and negligible at the ends, where this rule is as accurate
 * as the trapezoid rule (the end weights do not matter); the unit tests check it against
 * Simpson's rule on a finer, wider grid. [−4, 4] would do for the overall estimate (standard-
 * normal prior), but a per-area prior can sit near ±2 with an SD of 0.6, and ±4 would then
 * clip its tail.
 */
export interface QuadratureSpec {
  points: number;
  min: number;
  max: number;
}

export const DEFAULT_QUADRATURE: QuadratureSpec = { points: 101, min: -5, max: 5 };

export function quadratureNodes(spec: QuadratureSpec = DEFAULT_QUADRATURE): Float64Array {
  if (!(spec.points >= 2) || !(spec.max > spec.min)) throw new RangeError('bad quadrature grid');
  const nodes = new Float64Array(spec.points);
  const step = (spec.max - spec.min) / (spec.points - 1);
  for (let k = 0; k < spec.points; k++) nodes[k] = spec.min + k * step;
  return nodes;
}

/** A response as the estimator sees it. "I don't know" is scored as incorrect. */
export interface ScoredResponse {
  item: Pick<CalibratedItem, 'a' | 'b' | 'c'>;
  correct: boolean;
}

/** The log-likelihood of the responses at each node. */
export function logLikelihood(
  nodes: Float64Array,
  responses: readonly ScoredResponse[],
): Float64Array {
  const log = new Float64Array(nodes.length);
  for (const { item, correct } of responses) {
    for (let k = 0; k < nodes.length; k++) {
      const p = probability(item, nodes[k]);
      log[k] += Math.log(correct ? p : 1 - p);
    }
  }
  return log;
}

/**
 * EAP from a log-likelihood on the grid: the posterior mean and SD under a normal prior. Works
 * in logarithms and subtracts the largest term before exponentiating, so long tests do not
 * underflow.
 */
export function posteriorSummary(
  nodes: Float64Array,
  logLik: Float64Array,
  prior: Prior = STANDARD_NORMAL,
): AbilityEstimate {
  if (!(prior.sd > 0)) throw new RangeError('the prior SD must be positive');
  const logPost = new Float64Array(nodes.length);
  let top = -Infinity;
  for (let k = 0; k < nodes.length; k++) {
    const z = (nodes[k] - prior.mean) / prior.sd;
    logPost[k] = logLik[k] - 0.5 * z * z;
    if (logPost[k] > top) top = logPost[k];
  }
  let weight = 0;
  let first = 0;
  for (let k = 0; k < nodes.length; k++) {
    const w = Math.exp(logPost[k] - top);
    logPost[k] = w;
    weight += w;
    first += w * nodes[k];
  }
  const theta = first / weight;
  let second = 0;
  for (let k = 0; k < nodes.length; k++) {
    const d = nodes[k] - theta;
    second += logPost[k] * d * d;
  }
  return { theta, se: Math.sqrt(second / weight) };
}

/** Expected a posteriori estimate of θ and its posterior SD, by quadrature. */
export function eap(
  responses: readonly ScoredResponse[],
  prior: Prior = STANDARD_NORMAL,
  nodes: Float64Array = quadratureNodes(),
): AbilityEstimate {
  return posteriorSummary(nodes, logLikelihood(nodes, responses), prior);
}
