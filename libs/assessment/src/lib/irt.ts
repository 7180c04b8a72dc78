import type { CompetenceArea } from '@passerelle/contracts';

/**
 * An item as the engine sees it: its scale and its IRT parameters, nothing the learner reads.
 * 3PL when `c` > 0, 2PL when `c` is 0 or absent.
 */
export interface CalibratedItem {
  id: string;
  area: CompetenceArea;
  /** Discrimination (logistic metric), > 0. */
  a: number;
  /** Difficulty: the ability at which a 2PL item is answered correctly half of the time. */
  b: number;
  /** Lower asymptote (guessing), in [0, 1). */
  c?: number;
}

/**
 * The scaling constant of the logistic model. Parameters are authored (and later estimated)
 * directly on the logistic metric, so D = 1; with D = 1.702 the same numbers would mean
 * normal-ogive parameters, which nobody here authors.
 */
export const D = 1;

/** The probability of a correct answer at ability `theta`: c + (1 − c) / (1 + e^(−D·a(θ − b))). */
export function probability(item: Pick<CalibratedItem, 'a' | 'b' | 'c'>, theta: number): number {
  const c = item.c ?? 0;
  return c + (1 - c) / (1 + Math.exp(-D * item.a * (theta - item.b)));
}

/**
 * Fisher information of the item at `theta`: D²a² · (Q/P) · ((P − c)/(1 − c))², which is
 * D²a²·P·Q for a 2PL item.
 */
export function itemInformation(
  item: Pick<CalibratedItem, 'a' | 'b' | 'c'>,
  theta: number,
): number {
  const c = item.c ?? 0;
  const p = probability(item, theta);
  const q = 1 - p;
  if (p <= 0 || q <= 0) return 0;
  const share = (p - c) / (1 - c);
  return D * D * item.a * item.a * (q / p) * share * share;
}

/** Test information: the sum of the items' information at `theta`. */
export function testInformation(
  items: readonly Pick<CalibratedItem, 'a' | 'b' | 'c'>[],
  theta: number,
): number {
  let sum = 0;
  for (const item of items) sum += itemInformation(item, theta);
  return sum;
}

/** Why an item cannot be used by the engine, or null when it can. */
export function itemProblem(item: CalibratedItem): string | null {
  if (!item.id) return 'the item has no id';
  if (!Number.isFinite(item.a) || item.a <= 0) return `${item.id}: a must be a positive number`;
  if (!Number.isFinite(item.b)) return `${item.id}: b must be a number`;
  const c = item.c ?? 0;
  if (!Number.isFinite(c) || c < 0 || c >= 1) return `${item.id}: c must be in [0, 1)`;
  return null;
}
