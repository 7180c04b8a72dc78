import { LEVEL_MAX, LEVEL_MIN, levelGroupOf } from '@passerelle/contracts';

export type { LevelGroup } from '@passerelle/contracts';

/**
 * θ cut-offs between the DigComp levels: level L covers [cut(L−1), cut(L)). One level per unit
 * of θ, anchored on the item bank: its items run from very easy (b ≈ −3: a learner who has only
 * used a phone for calls, level 1) to advanced (b ≈ 3, level 6), so an item written for level L
 * gets b near L − 3.5 (the middle of its band). The groups then fall at θ = −1
 * (foundation | intermediate), 1 (intermediate | advanced) and 3 (advanced | highly
 * specialised). Levels 7 and 8 lie beyond the hardest items: the test does not claim to tell
 * them apart, and an estimate there is an extrapolation.
 */
export const LEVEL_CUTS: readonly number[] = [-2, -1, 0, 1, 2, 3, 4];

/**
 * An alternative kept for comparison (the benchmark reports accuracy with it too): seven cuts
 * equally spaced on [−2.5, 2.5], which puts the intermediate | advanced boundary at θ = 0,
 * where learners are most numerous and classification is hardest.
 */
export const SYMMETRIC_LEVEL_CUTS: readonly number[] = Array.from(
  { length: 7 },
  (_, k) => -2.5 + (5 * k) / 6,
);

/** The DigComp level (1–8) of an ability; a θ exactly on a cut gets the higher level. */
export function levelOf(theta: number, cuts: readonly number[] = LEVEL_CUTS): number {
  let level = LEVEL_MIN;
  for (const cut of cuts) if (theta >= cut) level++;
  return Math.min(level, LEVEL_MAX);
}

/** The θ where level `level` starts (undefined for level 1, which has no lower bound). */
export function levelStart(
  level: number,
  cuts: readonly number[] = LEVEL_CUTS,
): number | undefined {
  return level > LEVEL_MIN ? cuts[level - 2] : undefined;
}

/** DigComp 2.2's four groups of its eight levels. */
export const groupOf = levelGroupOf;
