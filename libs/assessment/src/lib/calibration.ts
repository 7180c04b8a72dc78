import { COMPETENCE_AREAS, type CompetenceArea, IRT_BOUNDS } from '@passerelle/contracts';

import type { Answer } from './engine';
import { type CalibratedItem, probability } from './irt';
import { mulberry32, normal, type Random } from './random';

/**
 * Item calibration from stored answers: marginal maximum likelihood by Bock–Aitkin EM, for 2PL
 * and 3PL items, under the engine's multidimensional between-item model. Every item measures
 * its own area; the six area abilities of a learner are
 *
 *   θ_k = μ_k + σ_k(√ρ·g + √(1−ρ)·e_k),  g, e_k ~ N(0, 1) independent,
 *
 * so they are normal with means μ_k, SDs σ_k and a common correlation ρ (equicorrelated).
 * Given g the areas are independent, so a learner's likelihood is a product over areas of
 * one-dimensional integrals over e_k inside one integral over g: quadrature on a (g, e) grid,
 * with θ_k computed at each node. Written that way (rather than on a fixed θ grid with a
 * normal kernel given g) the grid never degenerates as ρ → 1 or σ_k → small.
 */

export interface CalibrationOptions {
  /** Item ids whose parameters stay fixed: they keep the scale. */
  anchors: ReadonlySet<string>;
  /** Items with fewer answers keep their parameters (status 'too-few-answers'). Default 100. */
  minAnswers?: number;
  maxIterations?: number; // default 200
  tolerance?: number; // default 1e-4 (largest parameter change)
  /** RMSD above which a fitted item is flagged as misfitting. Default 0.1 (as PISA). */
  misfitThreshold?: number;
  /**
   * Quadrature points for g (on [−4.5, 4.5]) and for each e_k (on [−4, 4]). Default 31 × 21;
   * the unit tests check that a finer grid changes the estimates by little.
   */
  grid?: { general: number; specific: number };
}

export interface ItemParameters {
  a: number;
  b: number;
  c: number;
}

export interface ItemFit {
  itemId: string;
  area: CompetenceArea;
  answers: number;
  status: 'fitted' | 'anchor' | 'too-few-answers';
  before: ItemParameters;
  after: ItemParameters;
  /** Standard errors of the fitted a and b (null when not fitted). */
  se: { a: number; b: number } | null;
  /** RMSD between observed and model-implied proportion correct over the ability grid (PISA-style). */
  rmsd: number | null;
  /**
   * rmsd > threshold (0.1 by default), or parameters out of bounds. Fitted items and anchors
   * with at least `minAnswers` answers; never items with too few answers.
   */
  misfit: boolean;
}

export interface CalibrationResult {
  items: ItemFit[];
  population: Record<CompetenceArea, { mean: number; sd: number }>;
  correlation: number;
  /** Attempts and answers that informed the fit (answers to items with too few are left out). */
  attempts: number;
  answers: number;
  iterations: number;
  converged: boolean;
  logLikelihood: number;
}

export const DEFAULT_MIN_ANSWERS = 100;
export const DEFAULT_MISFIT_THRESHOLD = 0.1;

/**
 * Priors of the M-step, as BILOG-MG and mirt use them by default. They make the estimates
 * posterior modes, keep them off the edges of the parameter space with thin data, and barely
 * move them with plenty:
 * - log a ~ N(m_k, 0.5²) (a lognormal prior on a) on every fitted item, where m_k floats: it is
 *   the mean log a of the area's anchors and fitted items at the last cycle, shrunk a little
 *   towards 0 (one pseudo-item at a = 1), as BILOG's FLOAT option does. A prior fixed at a = 1
 *   would pull every fitted a of an area towards 1 together, and as the free items' fit depends
 *   on a·σ_k only, σ_k would stretch to compensate, held back by the anchors alone; in the
 *   benchmark that stretched σ_k by about 8 % and biased a down by 0.1;
 * - c ~ Beta(5, 17) on 3PL items (mode 0.2, the guessing rate of one right option in five;
 *   BILOG's 20·p + 1, 20·(1 − p) + 1 with p = 0.2): without it c wanders where few learners are
 *   low enough to show the floor, and a and b wander with it;
 * - none on b.
 * Estimates are also kept within the bounds an author may enter (`IRT_BOUNDS`), so a fitted
 * bank is always a valid bank; an a or b that ends on a bound is reported as a misfit.
 */
export const CALIBRATION_PRIORS = {
  logA: { sd: 0.5, pseudoItems: 1 },
  c: { alpha: 5, beta: 17 },
} as const;

const C_MIN = 1e-4;
const P_EPSILON = 1e-10;
const RHO_MAX = 0.995;
const SD_MIN = 0.2;
const SD_MAX = 5;
const BOUND_TOLERANCE = 1e-6;
/**
 * An area's μ_k and σ_k are estimated when its anchors have at least this many answers in all;
 * otherwise the area is fixed at N(0, 1). Anchors answered 30 times place the area roughly;
 * fixing an area at N(0, 1) when its learners are not so shifts every item in it (in the
 * benchmark, 250 learners from N(−0.8, 1.2²): the fitted b off by +0.27 on average with 100
 * as the threshold, +0.04 with 30).
 */
const MIN_ANCHOR_ANSWERS = 30;
/** The longest SQUAREM step, in EM steps (|α|). */
const MAX_STEP = 8;
/**
 * How far the log-posterior may fall at an extrapolated point before it is refused. Near the
 * maximum the surface is flat to within the quadrature's own error (about 1e-4 here), where a
 * strict test would refuse good steps; the test is there to catch overshoots, which cost more.
 */
const ACCEPT_DROP = 0.01;
/** The ability grid of the fit statistic: 41 points on [−5, 5] (step 0.25). */
const FIT_GRID = { points: 41, min: -5, max: 5 };

const AREAS = COMPETENCE_AREAS;
const AREA_COUNT = AREAS.length;

interface Grid {
  g: Float64Array;
  wg: Float64Array;
  logWg: Float64Array;
  e: Float64Array;
  we: Float64Array;
  /** Variance of e under the discrete weights (≈ 1). */
  varE: number;
  nodes: number;
}

/** Equally spaced nodes with normal weights, normalised to sum to 1. */
function normalGrid(points: number, half: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(points);
  const w = new Float64Array(points);
  let sum = 0;
  for (let i = 0; i < points; i++) {
    x[i] = -half + (2 * half * i) / (points - 1);
    w[i] = Math.exp(-0.5 * x[i] * x[i]);
    sum += w[i];
  }
  for (let i = 0; i < points; i++) w[i] /= sum;
  return { x, w };
}

function makeGrid(general: number, specific: number): Grid {
  if (!(general >= 5 && specific >= 5)) throw new RangeError('the grid needs at least 5 points');
  const g = normalGrid(general, 4.5);
  const e = normalGrid(specific, 4);
  let varE = 0;
  for (let i = 0; i < specific; i++) varE += e.w[i] * e.x[i] * e.x[i];
  return {
    g: g.x,
    wg: g.w,
    logWg: g.w.map(Math.log),
    e: e.x,
    we: e.w,
    varE,
    nodes: general * specific,
  };
}

interface Population {
  mean: Float64Array;
  sd: Float64Array;
  rho: number;
}

/** θ_k at every (g, e) node, g major. */
function areaNodes(grid: Grid, mean: number, sd: number, rho: number): Float64Array {
  const out = new Float64Array(grid.nodes);
  const sg = sd * Math.sqrt(rho);
  const se = sd * Math.sqrt(1 - rho);
  const ne = grid.e.length;
  for (let i = 0; i < grid.g.length; i++) {
    for (let j = 0; j < ne; j++) out[i * ne + j] = mean + sg * grid.g[i] + se * grid.e[j];
  }
  return out;
}

function clampP(p: number): number {
  return p < P_EPSILON ? P_EPSILON : p > 1 - P_EPSILON ? 1 - P_EPSILON : p;
}

/**
 * The answers in a compact form: per attempt, segments of answers in one area. Answers to
 * passive items (too few answers to fit) are kept for their fit statistic but do not inform
 * the abilities.
 */
interface Data {
  item: Int32Array;
  correct: Uint8Array;
  passive: Uint8Array;
  /** Per segment: area, start, end (into item/correct). */
  segArea: Int32Array;
  segStart: Int32Array;
  segEnd: Int32Array;
  /** Per attempt: first segment, one past the last. */
  attemptSeg: Int32Array;
  /** Attempts with at least one answer that informs the abilities, and those answers. */
  attempts: number;
  answers: number;
  /** Answers that inform the abilities, per area. */
  perArea: Int32Array;
}

/** The bank index of every answer's item, checked. */
function itemIndices(
  items: readonly CalibratedItem[],
  attempts: readonly (readonly Answer[])[],
): Int32Array[] {
  const indexOf = new Map(items.map((item, i) => [item.id, i]));
  return attempts.map((attempt) =>
    Int32Array.from(attempt, (answer) => {
      const index = indexOf.get(answer.itemId);
      if (index === undefined) {
        throw new RangeError(`${answer.itemId}: an answer to an item that is not in the bank`);
      }
      return index;
    }),
  );
}

function prepareData(
  areaOf: Int32Array,
  attempts: readonly (readonly Answer[])[],
  indices: readonly Int32Array[],
  passive: Uint8Array,
): Data {
  const item: number[] = [];
  const correct: number[] = [];
  const passiveAnswer: number[] = [];
  const segArea: number[] = [];
  const segStart: number[] = [];
  const segEnd: number[] = [];
  const attemptSeg: number[] = [0];
  const perArea = new Int32Array(AREA_COUNT);
  let answers = 0;
  attempts.forEach((attempt, a) => {
    const index = indices[a];
    if (!index.some((i) => !passive[i])) return;
    const byArea: number[][] = AREAS.map(() => []);
    index.forEach((i, q) => byArea[areaOf[i]].push(q));
    byArea.forEach((list, area) => {
      if (list.length === 0) return;
      segArea.push(area);
      segStart.push(item.length);
      for (const q of list) {
        item.push(index[q]);
        correct.push(attempt[q].correct ? 1 : 0);
        passiveAnswer.push(passive[index[q]]);
        if (!passive[index[q]]) {
          perArea[area]++;
          answers++;
        }
      }
      segEnd.push(item.length);
    });
    attemptSeg.push(segArea.length);
  });
  return {
    item: Int32Array.from(item),
    correct: Uint8Array.from(correct),
    passive: Uint8Array.from(passiveAnswer),
    segArea: Int32Array.from(segArea),
    segStart: Int32Array.from(segStart),
    segEnd: Int32Array.from(segEnd),
    attemptSeg: Int32Array.from(attemptSeg),
    attempts: attemptSeg.length - 1,
    answers,
    perArea,
  };
}

/**
 * The abilities of one iteration. θ_k at every (g, e) node, and for each area a line of
 * `LINE_POINTS` equally spaced abilities covering its nodes: items are evaluated and counted on
 * the line (a node's likelihood is interpolated linearly from the line, and its posterior
 * weight shared between its two neighbours on the line), which costs per answer the length of
 * the line instead of the number of (g, e) nodes, and one exponential per point of the line.
 * With ~100 points the spacing is about 0.1 σ_k; the interpolation changes the log-likelihood
 * of 40,000 answers by well under one unit.
 */
interface Abilities {
  /** θ_k at (g, e) node x, at k · nodes + x. */
  nodes: Float64Array;
  /** The line of area k, at k · LINE_POINTS + u. */
  line: Float64Array;
  /** Per node: the line point below it, and its share of the point above. */
  below: Int32Array;
  share: Float64Array;
}

const LINE_POINTS = 101;

function abilities(grid: Grid, population: Population): Abilities {
  const N = grid.nodes;
  const T = LINE_POINTS;
  const nodes = new Float64Array(AREA_COUNT * N);
  const line = new Float64Array(AREA_COUNT * T);
  const below = new Int32Array(AREA_COUNT * N);
  const share = new Float64Array(AREA_COUNT * N);
  for (let k = 0; k < AREA_COUNT; k++) {
    const theta = areaNodes(grid, population.mean[k], population.sd[k], population.rho);
    nodes.set(theta, k * N);
    let min = Infinity;
    let max = -Infinity;
    for (let x = 0; x < N; x++) {
      if (theta[x] < min) min = theta[x];
      if (theta[x] > max) max = theta[x];
    }
    const step = (max - min) / (T - 1);
    for (let u = 0; u < T; u++) line[k * T + u] = min + u * step;
    for (let x = 0; x < N; x++) {
      const position = step > 0 ? (theta[x] - min) / step : 0;
      const low = Math.max(0, Math.min(T - 2, Math.floor(position)));
      below[k * N + x] = low;
      share[k * N + x] = Math.max(0, Math.min(1, position - low));
    }
  }
  return { nodes, line, below, share };
}

/** What an E-step gathers: expected counts per item on its area's line, and posterior moments. */
interface Expectations {
  /** Expected number of answers to item i at point u of its area's line, at i · LINE_POINTS + u. */
  n: Float64Array;
  /** Expected number of right answers, laid out as `n`. */
  r: Float64Array;
  /** Sum over attempts of E[θ_k]. */
  s1: Float64Array;
  /** Sum over attempts of E[θ_k θ_l], row-major 6 × 6. */
  s2: Float64Array;
  logLikelihood: number;
}

/**
 * The E-step. Per attempt and answered area k, the log-likelihood of the area's answers at
 * every (g, e) node (interpolated from the line); per g, I_k(g) = Σ_e w_e L_k(g, e);
 * the posterior over g is w_g Π_k I_k(g); the posterior weight of node (g, e) for area k is
 * p(g | answers) · w_e L_k(g, e) / I_k(g), which is exact because the areas are independent
 * given g. Unanswered areas keep their conditional prior given g. `logRight` and `logWrong`
 * hold the log-probabilities of item i on its area's line, at i · LINE_POINTS + u.
 */
function eStep(
  data: Data,
  grid: Grid,
  theta: Abilities,
  logRight: Float64Array,
  logWrong: Float64Array,
  itemCount: number,
): Expectations {
  const G = grid.g.length;
  const E = grid.e.length;
  const N = grid.nodes;
  const T = LINE_POINTS;
  const we = grid.we;
  const nodes = theta.nodes;
  const below = theta.below;
  const share = theta.share;
  const n = new Float64Array(itemCount * T);
  const r = new Float64Array(itemCount * T);
  const s1 = new Float64Array(AREA_COUNT);
  const s2 = new Float64Array(AREA_COUNT * AREA_COUNT);
  // Prior conditional moments of θ_k given g, for unanswered areas (at k · G + i).
  const priorM = new Float64Array(AREA_COUNT * G);
  const priorS = new Float64Array(AREA_COUNT * G);
  for (let k = 0; k < AREA_COUNT; k++) {
    for (let i = 0; i < G; i++) {
      let m = 0;
      let s = 0;
      for (let j = 0; j < E; j++) {
        const t = nodes[k * N + i * E + j];
        m += we[j] * t;
        s += we[j] * t * t;
      }
      priorM[k * G + i] = m;
      priorS[k * G + i] = s;
    }
  }
  // Work buffers.
  const lineL = new Float64Array(T);
  const lineLik = new Float64Array(T);
  const condE = new Float64Array(AREA_COUNT * N); // p(e | g, answers of the area)
  const m = new Float64Array(AREA_COUNT * G);
  const s = new Float64Array(AREA_COUNT * G);
  const answered = new Uint8Array(AREA_COUNT);
  const logPost = new Float64Array(G);
  const post = new Float64Array(G);
  const weight = new Float64Array(T);
  let logLikelihood = 0;

  for (let a = 0; a < data.attempts; a++) {
    answered.fill(0);
    logPost.set(grid.logWg);
    for (let seg = data.attemptSeg[a]; seg < data.attemptSeg[a + 1]; seg++) {
      const k = data.segArea[seg];
      const base = k * N;
      answered[k] = 1;
      lineL.fill(0);
      for (let q = data.segStart[seg]; q < data.segEnd[seg]; q++) {
        if (data.passive[q]) continue;
        const source = data.correct[q] ? logRight : logWrong;
        const offset = data.item[q] * T;
        for (let u = 0; u < T; u++) lineL[u] += source[offset + u];
      }
      // The likelihood on the line, relative to its largest value: one exponential per point
      // of the line, not per node.
      let lineMax = -Infinity;
      for (let u = 0; u < T; u++) if (lineL[u] > lineMax) lineMax = lineL[u];
      for (let u = 0; u < T; u++) lineLik[u] = Math.exp(lineL[u] - lineMax);
      for (let i = 0; i < G; i++) {
        const row = base + i * E;
        let sum = 0;
        let mean = 0;
        let square = 0;
        for (let j = 0; j < E; j++) {
          const low = below[row + j];
          const v = we[j] * (lineLik[low] + share[row + j] * (lineLik[low + 1] - lineLik[low]));
          condE[row + j] = v;
          sum += v;
          const t = nodes[row + j];
          mean += v * t;
          square += v * t * t;
        }
        let logSum = lineMax + Math.log(sum);
        if (!(sum > 1e-280)) {
          // The whole row is far below the line's maximum: redo it on the log scale, so that
          // I_k(g) stays positive however far apart the areas' answers pull g.
          let rowMax = -Infinity;
          for (let j = 0; j < E; j++) {
            const low = below[row + j];
            const l = lineL[low] + share[row + j] * (lineL[low + 1] - lineL[low]);
            condE[row + j] = l;
            if (l > rowMax) rowMax = l;
          }
          sum = 0;
          mean = 0;
          square = 0;
          for (let j = 0; j < E; j++) {
            const v = we[j] * Math.exp(condE[row + j] - rowMax);
            condE[row + j] = v;
            sum += v;
            const t = nodes[row + j];
            mean += v * t;
            square += v * t * t;
          }
          logSum = rowMax + Math.log(sum);
        }
        const inv = 1 / sum;
        for (let j = 0; j < E; j++) condE[row + j] *= inv;
        m[k * G + i] = mean * inv;
        s[k * G + i] = square * inv;
        logPost[i] += logSum;
      }
    }
    let max = -Infinity;
    for (let i = 0; i < G; i++) if (logPost[i] > max) max = logPost[i];
    let total = 0;
    for (let i = 0; i < G; i++) {
      post[i] = Math.exp(logPost[i] - max);
      total += post[i];
    }
    for (let i = 0; i < G; i++) post[i] /= total;
    logLikelihood += max + Math.log(total);

    // Expected counts of the answered items: the posterior of θ_k, shared onto the line.
    for (let seg = data.attemptSeg[a]; seg < data.attemptSeg[a + 1]; seg++) {
      const base = data.segArea[seg] * N;
      weight.fill(0);
      let from = T;
      let to = 0;
      for (let i = 0; i < G; i++) {
        const pg = post[i];
        if (pg < 1e-12) continue;
        const row = base + i * E;
        for (let j = 0; j < E; j++) {
          const v = pg * condE[row + j];
          const low = below[row + j];
          const w = share[row + j];
          weight[low] += v - v * w;
          weight[low + 1] += v * w;
          if (low < from) from = low;
          if (low + 1 > to) to = low + 1;
        }
      }
      for (let q = data.segStart[seg]; q < data.segEnd[seg]; q++) {
        const offset = data.item[q] * T;
        for (let u = from; u <= to; u++) n[offset + u] += weight[u];
        if (data.correct[q]) for (let u = from; u <= to; u++) r[offset + u] += weight[u];
      }
    }
    // Posterior moments of the six abilities (cross moments through g: given g the areas are
    // independent, so E[θ_k θ_l | g] = E[θ_k | g] E[θ_l | g]).
    for (let k = 0; k < AREA_COUNT; k++) {
      const mk = answered[k] ? m : priorM;
      const sk = answered[k] ? s : priorS;
      let e1 = 0;
      let e2 = 0;
      for (let i = 0; i < G; i++) {
        e1 += post[i] * mk[k * G + i];
        e2 += post[i] * sk[k * G + i];
      }
      s1[k] += e1;
      s2[k * AREA_COUNT + k] += e2;
      for (let l = k + 1; l < AREA_COUNT; l++) {
        const ml = answered[l] ? m : priorM;
        let cross = 0;
        for (let i = 0; i < G; i++) cross += post[i] * mk[k * G + i] * ml[l * G + i];
        s2[k * AREA_COUNT + l] += cross;
      }
    }
  }
  return { n, r, s1, s2, logLikelihood };
}

/** The log-density of the priors at an item's parameters (up to a constant). */
function itemLogPrior(item: ItemParameters, threePL: boolean, logAMean: number): number {
  const z = (Math.log(item.a) - logAMean) / CALIBRATION_PRIORS.logA.sd;
  let sum = -0.5 * z * z;
  if (threePL) {
    sum += (CALIBRATION_PRIORS.c.alpha - 1) * Math.log(item.c);
    sum += (CALIBRATION_PRIORS.c.beta - 1) * Math.log(1 - item.c);
  }
  return sum;
}

/** The M-step objective of one item: expected complete-data log-likelihood plus log-priors. */
function itemObjective(
  nodes: Float64Array,
  n: Float64Array,
  r: Float64Array,
  a: number,
  b: number,
  c: number,
  threePL: boolean,
  logAMean: number,
): number {
  let sum = 0;
  for (let x = 0; x < nodes.length; x++) {
    const nx = n[x];
    if (nx < 1e-14) continue;
    const f = 1 / (1 + Math.exp(-a * (nodes[x] - b)));
    const p = clampP(c + (1 - c) * f);
    sum += r[x] * Math.log(p) + (nx - r[x]) * Math.log(1 - p);
  }
  return sum + itemLogPrior({ a, b, c }, threePL, logAMean);
}

/** Gradient and expected information (Fisher scoring) of the item objective, in (a, b, c). */
function itemScore(
  nodes: Float64Array,
  n: Float64Array,
  r: Float64Array,
  a: number,
  b: number,
  c: number,
  threePL: boolean,
  logAMean: number,
): { gradient: number[]; information: number[][] } {
  const d = threePL ? 3 : 2;
  const gradient = new Array<number>(d).fill(0);
  const information = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const dp = new Array<number>(d).fill(0);
  for (let x = 0; x < nodes.length; x++) {
    const nx = n[x];
    if (nx < 1e-14) continue;
    const f = 1 / (1 + Math.exp(-a * (nodes[x] - b)));
    const p = clampP(c + (1 - c) * f);
    const pq = p * (1 - p);
    const slope = (1 - c) * f * (1 - f);
    dp[0] = slope * (nodes[x] - b);
    dp[1] = -slope * a;
    if (threePL) dp[2] = 1 - f;
    const residual = (r[x] - nx * p) / pq;
    const w = nx / pq;
    for (let u = 0; u < d; u++) {
      gradient[u] += residual * dp[u];
      for (let v = 0; v <= u; v++) information[u][v] += w * dp[u] * dp[v];
    }
  }
  for (let u = 0; u < d; u++) for (let v = 0; v < u; v++) information[v][u] = information[u][v];
  // Priors: the gradient is exact; the curvature of the lognormal prior is taken as
  // 1/(s²a²) (its positive part), which keeps the matrix positive definite.
  const { sd } = CALIBRATION_PRIORS.logA;
  gradient[0] -= (Math.log(a) - logAMean) / (sd * sd * a);
  information[0][0] += 1 / (sd * sd * a * a);
  if (threePL) {
    const { alpha, beta } = CALIBRATION_PRIORS.c;
    gradient[2] += (alpha - 1) / c - (beta - 1) / (1 - c);
    information[2][2] += (alpha - 1) / (c * c) + (beta - 1) / ((1 - c) * (1 - c));
  }
  return { gradient, information };
}

/** The solution of a small symmetric positive definite system (Cholesky), or null. */
function solve(matrix: number[][], vector: number[]): number[] | null {
  const d = vector.length;
  const l = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  const y = new Array<number>(d).fill(0);
  for (let i = 0; i < d; i++) {
    let sum = vector[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Array<number>(d).fill(0);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < d; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/** The diagonal of the inverse of a small symmetric positive definite matrix, or null. */
function inverseDiagonal(matrix: number[][]): number[] | null {
  const d = matrix.length;
  const out: number[] = [];
  for (let i = 0; i < d; i++) {
    const unit = new Array<number>(d).fill(0);
    unit[i] = 1;
    const column = solve(matrix, unit);
    if (!column) return null;
    out.push(column[i]);
  }
  return out;
}

function clampParameters(a: number, b: number, c: number, threePL: boolean): ItemParameters {
  return {
    a: Math.min(IRT_BOUNDS.aMax, Math.max(IRT_BOUNDS.aMin, a)),
    b: Math.min(IRT_BOUNDS.bMax, Math.max(IRT_BOUNDS.bMin, b)),
    c: threePL ? Math.min(IRT_BOUNDS.cMax, Math.max(C_MIN, c)) : 0,
  };
}

/**
 * The M-step of one item: Fisher scoring on the expected counts at the nodes, each step
 * halved until the objective does not fall (and kept within the bounds), from the current
 * parameters.
 */
function fitItem(
  nodes: Float64Array,
  n: Float64Array,
  r: Float64Array,
  start: ItemParameters,
  threePL: boolean,
  logAMean: number,
): ItemParameters {
  let current = clampParameters(start.a, start.b, start.c, threePL);
  let value = itemObjective(nodes, n, r, current.a, current.b, current.c, threePL, logAMean);
  for (let iteration = 0; iteration < 25; iteration++) {
    const { gradient, information } = itemScore(
      nodes,
      n,
      r,
      current.a,
      current.b,
      current.c,
      threePL,
      logAMean,
    );
    const step = solve(information, gradient);
    if (!step) break;
    let scale = 1;
    let accepted = false;
    for (let halving = 0; halving < 30; halving++) {
      const next = clampParameters(
        current.a + scale * step[0],
        current.b + scale * step[1],
        threePL ? current.c + scale * step[2] : 0,
        threePL,
      );
      const nextValue = itemObjective(nodes, n, r, next.a, next.b, next.c, threePL, logAMean);
      if (nextValue >= value - 1e-12) {
        const change = Math.max(
          Math.abs(next.a - current.a),
          Math.abs(next.b - current.b),
          Math.abs(next.c - current.c),
        );
        current = next;
        value = nextValue;
        accepted = true;
        if (change < 1e-7) return current;
        break;
      }
      scale /= 2;
    }
    if (!accepted) break;
  }
  return current;
}

/**
 * The M-step of the population: the μ_k, σ_k (areas whose scale the anchors fix) and ρ that
 * maximise the expected complete-data log-likelihood of the abilities of the answered areas,
 * −½ Σ_attempts E[log|Σ| + (θ − μ)ᵀ Σ⁻¹ (θ − μ)], Σ = D R D with R equicorrelated, given the
 * posterior moments. Areas without anchors stay N(0, 1); unanswered areas carry no information
 * and are left out. Coordinate ascent, each step exact: μ_k and σ_k in closed form given the
 * others, ρ by golden-section search on [0, 0.995]. It never lowers the objective, so EM stays
 * monotone (a moment estimate such as the mean posterior correlation would not, and would
 * settle off the maximum).
 */
function updatePopulation(
  population: Population,
  expectations: Expectations,
  attempts: number,
  free: Uint8Array,
  answeredAreas: Uint8Array,
): Population {
  const mean = Float64Array.from(population.mean);
  const sd = Float64Array.from(population.sd);
  let rho = population.rho;
  const areas: number[] = [];
  for (let k = 0; k < AREA_COUNT; k++) if (answeredAreas[k]) areas.push(k);
  const p = areas.length;
  if (attempts === 0 || p === 0) return { mean, sd, rho };
  const m = areas.map((k) => expectations.s1[k] / attempts);
  const second = areas.map((k) =>
    areas.map((l) =>
      k <= l
        ? expectations.s2[k * AREA_COUNT + l] / attempts
        : expectations.s2[l * AREA_COUNT + k] / attempts,
    ),
  );
  const mu = areas.map((k) => mean[k]);
  const sigma = areas.map((k) => sd[k]);
  const isFree = areas.map((k) => free[k] === 1);
  // Second moments about μ, standardised by σ: C = D⁻¹ E[(θ − μ)(θ − μ)ᵀ] D⁻¹.
  const moments = () =>
    areas.map((_, x) =>
      areas.map((__, y) => second[x][y] - mu[x] * m[y] - m[x] * mu[y] + mu[x] * mu[y]),
    );
  const objective = (r: number, c: number[][]) => {
    const gamma = r / (1 + (p - 1) * r);
    let trace = 0;
    let total = 0;
    for (let x = 0; x < p; x++) {
      trace += c[x][x];
      for (let y = 0; y < p; y++) total += c[x][y];
    }
    return -(
      (p - 1) * Math.log(1 - r) +
      Math.log(1 + (p - 1) * r) +
      (trace - gamma * total) / (1 - r)
    );
  };
  for (let round = 0; round < 20; round++) {
    const gamma = rho / (1 + (p - 1) * rho);
    // μ: the stationary point of the quadratic form in μ_x given the others.
    for (let x = 0; x < p; x++) {
      if (!isFree[x]) continue;
      let pull = 0;
      for (let y = 0; y < p; y++) if (y !== x) pull += (m[y] - mu[y]) / sigma[y];
      mu[x] = m[x] - (gamma / (1 - gamma)) * sigma[x] * pull;
    }
    // σ: with u = 1/σ_x, (1 − γ)M_xx u² − γBu − (1 − ρ) = 0, B = Σ_y M_xy/σ_y.
    const M = moments();
    for (let x = 0; x < p; x++) {
      if (!isFree[x]) continue;
      let b = 0;
      for (let y = 0; y < p; y++) if (y !== x) b += M[x][y] / sigma[y];
      const a2 = (1 - gamma) * M[x][x];
      if (!(a2 > 0)) continue;
      const u = (gamma * b + Math.sqrt(gamma * gamma * b * b + 4 * a2 * (1 - rho))) / (2 * a2);
      sigma[x] = Math.min(SD_MAX, Math.max(SD_MIN, 1 / u));
    }
    // ρ: golden-section search of the objective on [0, RHO_MAX].
    if (p >= 2) {
      const c = M.map((row, x) => row.map((value, y) => value / (sigma[x] * sigma[y])));
      const golden = (Math.sqrt(5) - 1) / 2;
      let lo = 0;
      let hi = RHO_MAX;
      let x1 = hi - golden * (hi - lo);
      let x2 = lo + golden * (hi - lo);
      let f1 = objective(x1, c);
      let f2 = objective(x2, c);
      for (let step = 0; step < 50; step++) {
        if (f1 < f2) {
          lo = x1;
          x1 = x2;
          f1 = f2;
          x2 = lo + golden * (hi - lo);
          f2 = objective(x2, c);
        } else {
          hi = x2;
          x2 = x1;
          f2 = f1;
          x1 = hi - golden * (hi - lo);
          f1 = objective(x1, c);
        }
      }
      const best = (lo + hi) / 2;
      // Golden section finds the maximum of this unimodal function; keep the old ρ if not better.
      if (objective(best, c) >= objective(rho, c)) rho = best;
    }
  }
  areas.forEach((k, x) => {
    mean[k] = mu[x];
    sd[k] = sigma[x];
  });
  return { mean, sd, rho };
}

/** The fit grid's expected counts of one item: its node counts, shared linearly between the two nearest points. */
function binned(
  nodes: Float64Array,
  n: Float64Array,
  r: Float64Array,
): { theta: Float64Array; n: Float64Array; r: Float64Array } {
  const { points, min, max } = FIT_GRID;
  const step = (max - min) / (points - 1);
  const theta = new Float64Array(points);
  for (let t = 0; t < points; t++) theta[t] = min + t * step;
  const bn = new Float64Array(points);
  const br = new Float64Array(points);
  for (let x = 0; x < nodes.length; x++) {
    if (n[x] === 0) continue;
    const position = Math.min(points - 1, Math.max(0, (nodes[x] - min) / step));
    const low = Math.min(points - 2, Math.floor(position));
    const share = position - low;
    bn[low] += (1 - share) * n[x];
    br[low] += (1 - share) * r[x];
    bn[low + 1] += share * n[x];
    br[low + 1] += share * r[x];
  }
  return { theta, n: bn, r: br };
}

/**
 * The PISA item fit: the root mean squared difference between the observed proportion correct
 * at each point of the ability grid (expected right answers over expected answers, from the
 * answerers' posteriors) and the model's curve, weighted by the answerers' posterior density.
 */
function rootMeanSquaredDeviation(
  nodes: Float64Array,
  n: Float64Array,
  r: Float64Array,
  item: ItemParameters,
): number | null {
  const bins = binned(nodes, n, r);
  let sum = 0;
  let weight = 0;
  for (let t = 0; t < bins.theta.length; t++) {
    if (bins.n[t] < 1e-9) continue;
    const observed = bins.r[t] / bins.n[t];
    const expected = probability(item, bins.theta[t]);
    sum += bins.n[t] * (observed - expected) ** 2;
    weight += bins.n[t];
  }
  return weight > 0 ? Math.sqrt(sum / weight) : null;
}

function atBound(item: ItemParameters): boolean {
  return (
    item.a <= IRT_BOUNDS.aMin + BOUND_TOLERANCE ||
    item.a >= IRT_BOUNDS.aMax - BOUND_TOLERANCE ||
    item.b <= IRT_BOUNDS.bMin + BOUND_TOLERANCE ||
    item.b >= IRT_BOUNDS.bMax - BOUND_TOLERANCE
  );
}

/**
 * Marginal maximum likelihood (Bock–Aitkin EM) from stored answers (one array per attempt).
 *
 * - E-step: the posterior of every attempt on the (g, e) grid (see the top of the file), giving
 *   expected answers and right answers per item and node, and the posterior moments of θ.
 * - M-step: each fitted item by Fisher scoring on its expected counts (with the priors of
 *   `CALIBRATION_PRIORS`); the population from the posterior moments. An item is 3PL when its
 *   starting c is above 0. Anchors keep their parameters and their answers inform the
 *   abilities. Items with fewer than `minAnswers` answers keep their parameters too, and their
 *   answers are left out of the fit (they are counted only for their RMSD).
 * - Scale: in an area whose anchors have at least 30 answers in all, the anchors fix
 *   the scale and μ_k, σ_k are estimated; in any other area the population is fixed at
 *   N(0, 1), which fixes the scale instead. ρ is estimated from the answered areas.
 * - Stops when the largest change of a parameter (item or population) is below `tolerance`,
 *   or after `maxIterations`. Then one more E-step at the final parameters gives the
 *   log-likelihood, the fit statistics and the standard errors.
 * - Standard errors: from the inverse of the expected information of the M-step objective
 *   (the expected complete-data log-likelihood, with the priors) at the last E-step. This
 *   ignores the information lost by not knowing θ, and the uncertainty of the area's scale
 *   (the anchors' share), so it understates the SE; the benchmark compares it with the
 *   actual error.
 */
export function calibrateItems(
  items: readonly CalibratedItem[],
  attempts: readonly (readonly Answer[])[],
  options: CalibrationOptions,
): CalibrationResult {
  const minAnswers = options.minAnswers ?? DEFAULT_MIN_ANSWERS;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-4;
  const threshold = options.misfitThreshold ?? DEFAULT_MISFIT_THRESHOLD;
  const grid = makeGrid(options.grid?.general ?? 31, options.grid?.specific ?? 21);

  const seen = new Set<string>();
  const areaOf = new Int32Array(items.length);
  items.forEach((item, i) => {
    if (seen.has(item.id)) throw new RangeError(`${item.id}: the id is used twice`);
    seen.add(item.id);
    const area = AREAS.indexOf(item.area);
    if (area < 0) throw new RangeError(`${item.id}: unknown area ${item.area}`);
    areaOf[i] = area;
  });
  const indices = itemIndices(items, attempts);
  const perItem = new Int32Array(items.length);
  for (const index of indices) for (const i of index) perItem[i]++;

  const threePL = Uint8Array.from(items, (item) => ((item.c ?? 0) > 0 ? 1 : 0));
  const status: ItemFit['status'][] = items.map((item, i) =>
    options.anchors.has(item.id)
      ? 'anchor'
      : perItem[i] >= minAnswers
        ? 'fitted'
        : 'too-few-answers',
  );
  // Items with too few answers keep their parameters, and their answers are left out of the
  // fit (counted only for their fit statistic): their parameters are guesses the data cannot
  // check, and wrong guesses would bias the abilities the other items are fitted against.
  const data = prepareData(
    areaOf,
    attempts,
    indices,
    Uint8Array.from(status, (s) => (s === 'too-few-answers' ? 1 : 0)),
  );
  const before: ItemParameters[] = items.map((item) => ({ a: item.a, b: item.b, c: item.c ?? 0 }));
  const params: ItemParameters[] = before.map((p) => ({ ...p }));

  // Which areas have their scale fixed by anchors, and which have answers at all.
  const anchorAnswers = new Int32Array(AREA_COUNT);
  items.forEach((item, i) => {
    if (status[i] === 'anchor') anchorAnswers[areaOf[i]] += perItem[i];
  });
  const freeArea = Uint8Array.from(anchorAnswers, (count) => (count >= MIN_ANCHOR_ANSWERS ? 1 : 0));
  const answeredArea = Uint8Array.from(data.perArea, (count) => (count > 0 ? 1 : 0));

  let population: Population = {
    mean: new Float64Array(AREA_COUNT),
    sd: new Float64Array(AREA_COUNT).fill(1),
    rho: 0.5,
  };

  const T = LINE_POINTS;
  const tables = () => {
    const theta = abilities(grid, population);
    const logRight = new Float64Array(items.length * T);
    const logWrong = new Float64Array(items.length * T);
    params.forEach((p, i) => {
      if (perItem[i] === 0) return;
      const base = areaOf[i] * T;
      for (let u = 0; u < T; u++) {
        const prob = clampP(probability(p, theta.line[base + u]));
        logRight[i * T + u] = Math.log(prob);
        logWrong[i * T + u] = Math.log(1 - prob);
      }
    });
    return { theta, logRight, logWrong };
  };
  const nodesOf = (theta: Abilities, i: number) =>
    theta.line.subarray(areaOf[i] * T, (areaOf[i] + 1) * T);
  const countsOf = (counts: Float64Array, i: number) => counts.subarray(i * T, (i + 1) * T);

  // The free parameters as one vector (for the acceleration): a, b, c of every fitted item,
  // then μ_k and σ_k of every area, then ρ. Fixed entries simply never change.
  const fittedIndices = params.map((_, i) => i).filter((i) => status[i] === 'fitted');
  const size = 3 * fittedIndices.length + 2 * AREA_COUNT + 1;
  const read = (): Float64Array => {
    const v = new Float64Array(size);
    fittedIndices.forEach((i, j) => {
      v[3 * j] = params[i].a;
      v[3 * j + 1] = params[i].b;
      v[3 * j + 2] = params[i].c;
    });
    const base = 3 * fittedIndices.length;
    for (let k = 0; k < AREA_COUNT; k++) {
      v[base + 2 * k] = population.mean[k];
      v[base + 2 * k + 1] = population.sd[k];
    }
    v[size - 1] = population.rho;
    return v;
  };
  const write = (v: Float64Array) => {
    fittedIndices.forEach((i, j) => {
      params[i] = clampParameters(v[3 * j], v[3 * j + 1], v[3 * j + 2], threePL[i] === 1);
    });
    const base = 3 * fittedIndices.length;
    const mean = Float64Array.from(population.mean);
    const sd = Float64Array.from(population.sd);
    for (let k = 0; k < AREA_COUNT; k++) {
      if (!freeArea[k]) continue;
      mean[k] = v[base + 2 * k];
      sd[k] = Math.min(SD_MAX, Math.max(SD_MIN, v[base + 2 * k + 1]));
    }
    population = { mean, sd, rho: Math.min(RHO_MAX, Math.max(0, v[size - 1])) };
  };
  // The floating prior mean of log a per area (see CALIBRATION_PRIORS).
  const logAMeans = () => {
    const sum = new Float64Array(AREA_COUNT);
    const count = new Float64Array(AREA_COUNT).fill(CALIBRATION_PRIORS.logA.pseudoItems);
    params.forEach((p, i) => {
      if (status[i] === 'too-few-answers') return;
      sum[areaOf[i]] += Math.log(p.a);
      count[areaOf[i]]++;
    });
    return sum.map((value, k) => value / count[k]);
  };
  let priorMeans = logAMeans();
  const logPrior = () => {
    let sum = 0;
    for (const i of fittedIndices) {
      sum += itemLogPrior(params[i], threePL[i] === 1, priorMeans[areaOf[i]]);
    }
    return sum;
  };

  /** One EM cycle from the current parameters; returns the log-posterior at them. */
  const cycle = (): number => {
    const { theta, logRight, logWrong } = tables();
    const expectations = eStep(data, grid, theta, logRight, logWrong, items.length);
    priorMeans = logAMeans();
    const value = expectations.logLikelihood + logPrior();
    for (const i of fittedIndices) {
      params[i] = fitItem(
        nodesOf(theta, i),
        countsOf(expectations.n, i),
        countsOf(expectations.r, i),
        params[i],
        threePL[i] === 1,
        priorMeans[areaOf[i]],
      );
    }
    population = updatePopulation(population, expectations, data.attempts, freeArea, answeredArea);
    return value;
  };
  const largestChange = (x: Float64Array, y: Float64Array) => {
    let change = 0;
    for (let q = 0; q < x.length; q++) change = Math.max(change, Math.abs(x[q] - y[q]));
    return change;
  };

  /*
   * EM, accelerated by SQUAREM (Varadhan & Roland 2008, scheme S3): from x₀, two EM cycles
   * give x₁ and x₂; with r = x₁ − x₀ and v = x₂ − x₁ − r, the extrapolated point
   * x₀ − 2αr + α²v (α = −‖r‖/‖v‖, at most −1, and −1 gives plain EM's x₂) is taken, kept within
   * the bounds, and followed by one EM cycle; if its log-posterior is below x₀'s (by more than
   * `ACCEPT_DROP`), x₂ is kept
   * instead. EM alone crawls here because ρ is learned from a few answers per area; this
   * takes several times fewer cycles to the same fixed point. Every cycle counts as an
   * iteration; convergence is judged on plain EM cycles.
   */
  let iterations = 0;
  let converged = false;
  let x0 = read();
  while (iterations < maxIterations && data.attempts > 0) {
    const value0 = cycle();
    iterations++;
    const x1 = read();
    if (largestChange(x1, x0) < tolerance) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    cycle();
    iterations++;
    const x2 = read();
    if (largestChange(x2, x1) < tolerance) {
      converged = true;
      break;
    }
    let rr = 0;
    let vv = 0;
    const r = new Float64Array(size);
    const v = new Float64Array(size);
    for (let q = 0; q < size; q++) {
      r[q] = x1[q] - x0[q];
      v[q] = x2[q] - x1[q] - r[q];
      rr += r[q] * r[q];
      vv += v[q] * v[q];
    }
    const alpha = vv > 0 ? Math.max(-MAX_STEP, Math.min(-1, -Math.sqrt(rr / vv))) : -1;
    if (alpha === -1 || iterations >= maxIterations) {
      x0 = x2;
      continue;
    }
    const extrapolated = new Float64Array(size);
    for (let q = 0; q < size; q++) {
      extrapolated[q] = x0[q] - 2 * alpha * r[q] + alpha * alpha * v[q];
    }
    write(extrapolated);
    const value = cycle();
    iterations++;
    if (Number.isFinite(value) && value >= value0 - ACCEPT_DROP) {
      x0 = read();
    } else {
      write(x2);
      x0 = x2;
    }
  }

  // A last E-step at the final parameters: log-likelihood, fit and standard errors.
  const { theta, logRight, logWrong } = tables();
  const final = eStep(data, grid, theta, logRight, logWrong, items.length);
  priorMeans = logAMeans();
  const fits: ItemFit[] = items.map((item, i) => {
    const n = countsOf(final.n, i);
    const r = countsOf(final.r, i);
    const nodes = nodesOf(theta, i);
    const after = { ...params[i] };
    const rmsd = perItem[i] > 0 ? rootMeanSquaredDeviation(nodes, n, r, after) : null;
    let se: ItemFit['se'] = null;
    if (status[i] === 'fitted') {
      const { information } = itemScore(
        nodes,
        n,
        r,
        after.a,
        after.b,
        after.c,
        threePL[i] === 1,
        priorMeans[areaOf[i]],
      );
      const variances = inverseDiagonal(information);
      if (variances) se = { a: Math.sqrt(variances[0]), b: Math.sqrt(variances[1]) };
    }
    // Anchors are checked too: an anchor whose answers no longer follow its curve (a changed
    // item, a leaked answer) would hold the whole area to a wrong scale.
    const misfit =
      (status[i] === 'fitted' && ((rmsd !== null && rmsd > threshold) || atBound(after))) ||
      (status[i] === 'anchor' && perItem[i] >= minAnswers && rmsd !== null && rmsd > threshold);
    return {
      itemId: item.id,
      area: item.area,
      answers: perItem[i],
      status: status[i],
      before: before[i],
      after,
      se,
      rmsd,
      misfit,
    };
  });
  const populationOut = Object.fromEntries(
    AREAS.map((area, k) => [area, { mean: population.mean[k], sd: population.sd[k] }]),
  ) as Record<CompetenceArea, { mean: number; sd: number }>;
  return {
    items: fits,
    population: populationOut,
    correlation: population.rho,
    attempts: data.attempts,
    answers: data.answers,
    iterations,
    converged,
    logLikelihood: final.logLikelihood,
  };
}

/** Six area abilities drawn from the model's population (θ_k = μ_k + σ_k(√ρ·g + √(1−ρ)·e_k)). */
export function drawAreaAbilities(
  count: number,
  population: Readonly<Record<CompetenceArea, { mean: number; sd: number }>>,
  correlation: number,
  seed: number,
): Record<CompetenceArea, number>[] {
  if (!(correlation >= 0 && correlation <= 1)) throw new RangeError('ρ must be in [0, 1]');
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const g = normal(random);
    return Object.fromEntries(
      AREAS.map((area) => {
        const { mean, sd } = population[area];
        const e = normal(random);
        return [area, mean + sd * (Math.sqrt(correlation) * g + Math.sqrt(1 - correlation) * e)];
      }),
    ) as Record<CompetenceArea, number>;
  });
}

/**
 * What a test design sees when it chooses the next item: the attempt's answers so far and a
 * random source, never the learner's true abilities. A design that chooses from the answers
 * only leaves the unanswered items missing at random, as an adaptive test does, so marginal
 * maximum likelihood may ignore it; one that peeked at the true abilities would bias the fit.
 */
export interface DesignContext {
  learner: number;
  answers: readonly Answer[];
  random: Random;
}

/** The next item's id, or null to end the attempt. */
export type TestDesign = (context: DesignContext) => string | null;

/**
 * Simulated attempts: each learner answers the items the design gives, right with the
 * probability of the item's model at the learner's ability in its area (or of `truth`, when
 * given: the curve that really generates the answers, to test misfit). Reproducible from `seed`.
 */
export function simulateResponses(
  items: readonly CalibratedItem[],
  learners: readonly Readonly<Record<CompetenceArea, number>>[],
  design: TestDesign,
  seed: number,
  truth: (item: CalibratedItem, theta: number) => number = probability,
): Answer[][] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const random = mulberry32(seed);
  return learners.map((abilities, learner) => {
    const answers: Answer[] = [];
    for (;;) {
      const id = design({ learner, answers, random });
      if (id === null) return answers;
      const item = byId.get(id);
      if (!item) throw new RangeError(`${id}: the design chose an item that is not in the bank`);
      answers.push({ itemId: id, correct: random() < truth(item, abilities[item.area]) });
    }
  });
}
