/**
 * Sympson–Hetter exposure-control parameters of the seed items, by key: written by
 * `npm run assessment:calibrate` from a simulation through the real engine (see the README).
 * Items not listed are never held back.
 */
export const SEED_EXPOSURE_CONTROL: Readonly<Record<string, number>> = {};
