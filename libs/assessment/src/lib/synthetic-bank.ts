import { COMPETENCE_AREAS } from '@passerelle/contracts';

import type { CalibratedItem } from './irt';
import { mulberry32 } from './random';

/**
 * A provisional, synthetic item bank for simulations until the authored bank is available:
 * `perScale` 2PL items on each of the six scales, `a` uniform in [0.5, 2.5] and `b` spread
 * evenly over [−3, 3] (one per equal slice, jittered within it). Seeded: the same seed gives
 * the same bank.
 */
export function syntheticBank(seed: number, perScale = 20): CalibratedItem[] {
  const random = mulberry32(seed);
  return COMPETENCE_AREAS.flatMap((area) =>
    Array.from({ length: perScale }, (_, k) => ({
      id: `synthetic-${area}-${String(k + 1).padStart(2, '0')}`,
      area,
      a: round(0.5 + 2 * random()),
      b: round(-3 + (6 * (k + random())) / perScale),
      c: 0,
    })),
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
