import { type BankOptions, prepareBank } from './bank';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine';
import type { CalibratedItem } from './irt';
import {
  type AdaptiveSimulation,
  CENTRED_POPULATION,
  drawLearners,
  NEWCOMER_POPULATION,
  simulateAdaptive,
  type SimulatedDesign,
  type SimulatedLearner,
  type SimulatedPopulation,
} from './simulation';

export interface ExposureCalibrationOptions {
  /** The largest exposure rate aimed at, a little under the limit to absorb sampling noise. */
  target: number;
  rounds: number;
  /** Simulated learners per round (fresh ones each round). */
  learners: number;
  seed: number;
  /** The learners are drawn from these populations in equal shares. */
  populations: readonly SimulatedPopulation[];
  /** What attempts fix when they start (the catalogue's cuts, the intake). */
  design: SimulatedDesign;
}

export const DEFAULT_EXPOSURE_CALIBRATION: ExposureCalibrationOptions = {
  target: 0.26,
  rounds: 20,
  learners: 2000,
  seed: 0x5eed,
  populations: [CENTRED_POPULATION, NEWCOMER_POPULATION],
  design: {},
};

/** `count` learners drawn in equal shares from the populations. */
export function drawMixedLearners(
  count: number,
  seed: number,
  populations: readonly SimulatedPopulation[],
): SimulatedLearner[] {
  const share = Math.ceil(count / populations.length);
  return populations
    .flatMap((population, n) => drawLearners(share, seed * 31 + n, population))
    .slice(0, count);
}

export interface CalibrationRound {
  round: number;
  /** Largest share of learners of one population given one item, with this round's parameters. */
  maxExposure: number;
  /** Largest share of learners whose selection reached one item. */
  maxSelection: number;
  meanLength: number;
}

export interface ExposureCalibration {
  /** Store these with the items and pass them to `prepareBank`. */
  exposureControl: Record<string, number>;
  /** The round whose parameters are returned: the one with the lowest largest exposure. */
  chosenRound: number;
  history: CalibrationRound[];
}

/**
 * Sympson–Hetter calibration by simulation. Start with K = 1 for every item; each round,
 * simulate learners of each population (by default the centred one and the newcomers) through
 * the real engine and measure P(S), the largest share of one population's learners whose
 * selection reaches each item; set K = target / P(S) where P(S) exceeds the
 * target and K = 1 elsewhere, so that P(given) = K·P(S) ≤ target. Reaching an item depends on
 * the other items' K, hence the rounds. The parameters hold for the bank, the engine
 * configuration and a population like the simulated one: calibrate again when any changes.
 */
export function calibrateExposure(
  items: readonly CalibratedItem[],
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
  options: Partial<ExposureCalibrationOptions> = {},
  bankOptions: Omit<BankOptions, 'exposureControl'> = {},
): ExposureCalibration {
  const { target, rounds, learners, seed, populations, design } = {
    ...DEFAULT_EXPOSURE_CALIBRATION,
    ...options,
  };
  if (!(target > 0 && target <= 1)) throw new RangeError('the exposure target must be in (0, 1]');
  let control: Record<string, number> = {};
  let best: { round: number; control: Record<string, number>; max: number } | null = null;
  const history: CalibrationRound[] = [];
  const share = Math.max(1, Math.round(learners / populations.length));
  for (let round = 1; round <= rounds; round++) {
    const bank = prepareBank(items, { ...bankOptions, exposureControl: control });
    // Each population on its own: an item common among newcomers only must stay under the
    // limit for newcomers, not for a mix in which they are half.
    const simulations = populations.map((population, n) =>
      simulateAdaptive(
        bank,
        drawLearners(share, (seed + round) * 31 + n, population),
        config,
        design,
      ),
    );
    const most = (pick: (s: AdaptiveSimulation) => Float64Array) =>
      Float64Array.from(items, (_, i) => Math.max(...simulations.map((s) => pick(s)[i])));
    const exposure = most((s) => s.exposure);
    const selection = most((s) => s.selection);
    const lengths = simulations.flatMap((s) => s.runs.map((run) => run.length));
    const maxExposure = Math.max(...exposure);
    history.push({
      round,
      maxExposure,
      maxSelection: Math.max(...selection),
      meanLength: lengths.reduce((sum, n) => sum + n, 0) / lengths.length,
    });
    if (!best || maxExposure <= best.max) best = { round, control, max: maxExposure };
    const next: Record<string, number> = {};
    items.forEach((item, i) => {
      const reached = selection[i];
      next[item.id] = reached > target ? target / reached : 1;
    });
    control = next;
  }
  const chosen = best as { round: number; control: Record<string, number> };
  const exposureControl = Object.fromEntries(
    items.map((item) => [item.id, chosen.control[item.id] ?? 1]),
  );
  return { exposureControl, chosenRound: chosen.round, history };
}
