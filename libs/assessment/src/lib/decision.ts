import { levelStart } from './levels';
import { probabilityBelow } from './posterior';

/**
 * The decision placement takes in one area: which cell, between adjacent decision cuts, the
 * ability lies in, and how sure the posterior is of it.
 */
export interface AreaDecision {
  /** The cell with the most posterior mass: [lower, upper), null for an open end. */
  lower: number | null;
  upper: number | null;
  /** The posterior probability of that cell. */
  confidence: number;
}

/**
 * The θ cuts between DigComp's level groups (foundation | intermediate | advanced | highly
 * specialised): the starts of levels 3, 5 and 7.
 */
export function groupCuts(levelCuts: readonly number[]): number[] {
  return [3, 5, 7].map((level) => levelStart(level, levelCuts)).filter((cut) => cut !== undefined);
}

/** The cuts an area is decided on: the group cuts and any the catalogue adds, sorted, once each. */
export function decisionCuts(
  levelCuts: readonly number[],
  extra: readonly number[] = [],
): number[] {
  return [...new Set([...groupCuts(levelCuts), ...extra])].sort((x, y) => x - y);
}

/** The cell of the posterior's largest mass, and that mass. */
export function decide(
  nodes: Float64Array,
  mass: Float64Array,
  cuts: readonly number[],
): AreaDecision {
  let below = 0;
  let best: AreaDecision = { lower: null, upper: null, confidence: -1 };
  for (let n = 0; n <= cuts.length; n++) {
    const upTo = n < cuts.length ? probabilityBelow(nodes, mass, cuts[n]) : 1;
    const cell = upTo - below;
    if (cell > best.confidence) {
      best = {
        lower: n > 0 ? cuts[n - 1] : null,
        upper: n < cuts.length ? cuts[n] : null,
        confidence: cell,
      };
    }
    below = upTo;
  }
  return best;
}

/**
 * The cut whose side is least certain (P(θ < cut) nearest ½): where one more answer in the
 * area does the most for the decision.
 */
export function openCut(nodes: Float64Array, mass: Float64Array, cuts: readonly number[]): number {
  let best = cuts[0];
  let doubt = -1;
  for (const cut of cuts) {
    const p = probabilityBelow(nodes, mass, cut);
    const d = Math.min(p, 1 - p);
    if (d > doubt) {
      doubt = d;
      best = cut;
    }
  }
  return best;
}

/**
 * The cuts whose side is not yet settled, most doubtful first. A side is settled as in a
 * sequential classification test with an indifference zone of half-width δ around the cut:
 * below once P(θ < cut + δ) ≥ confidence, above once P(θ ≥ cut − δ) ≥ confidence. A learner
 * within δ of a cut may be placed on either side — the two are too close to matter — so the
 * test does not spend its questions on telling them apart. δ may differ by cut (a number, or
 * the half-width for each cut).
 */
export function openCuts(
  nodes: Float64Array,
  mass: Float64Array,
  cuts: readonly number[],
  indifference: number | ((cut: number) => number),
  confidence: number,
): OpenCut[] {
  const zone = typeof indifference === 'number' ? () => indifference : indifference;
  const open: { cut: number; doubt: number }[] = [];
  for (const cut of cuts) {
    const below = probabilityBelow(nodes, mass, cut + zone(cut));
    const above = 1 - probabilityBelow(nodes, mass, cut - zone(cut));
    if (below >= confidence || above >= confidence) continue;
    open.push({ cut, doubt: Math.min(below, above) });
  }
  return open.sort((x, y) => y.doubt - x.doubt || x.cut - y.cut);
}

/** A cut whose side is open, and the doubt about it: the smaller of the two sides' chances. */
export interface OpenCut {
  cut: number;
  doubt: number;
}
