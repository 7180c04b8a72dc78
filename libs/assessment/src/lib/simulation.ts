import type { ItemBank } from './bank';
import {
  type Answer,
  type AssessmentResult,
  DEFAULT_ENGINE_CONFIG,
  type EngineConfig,
  nextStep,
  type StopReason,
} from './engine';
import { posteriorSummary, STANDARD_NORMAL } from './estimation';
import { itemInformation, probability } from './irt';
import { groupOf, levelOf } from './levels';
import { keyedUniform, mulberry32, normal, randomSeed } from './random';

/**
 * A simulated learner: a true ability, the seed of their answers (their answer to an item is
 * fixed, so they answer an item the same way in the adaptive test and in the fixed form) and
 * the seed of their attempt (the engine's exposure-control draws).
 */
export interface SimulatedLearner {
  theta: number;
  answerSeed: number;
  attemptSeed: number;
}

/** `count` learners with θ ~ N(0, 1), reproducible from `seed`. */
export function drawLearners(count: number, seed: number): SimulatedLearner[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    theta: normal(random),
    answerSeed: randomSeed(random),
    attemptSeed: randomSeed(random),
  }));
}

/** The learner's answer to an item, drawn from the item's own IRT parameters. */
export function answers(bank: ItemBank, index: number, learner: SimulatedLearner): boolean {
  const item = bank.items[index];
  return keyedUniform(learner.answerSeed, bank.keyHash[index]) < probability(item, learner.theta);
}

export interface AdaptiveRun {
  theta: number;
  se: number;
  length: number;
  reason: StopReason;
  result: AssessmentResult;
  /** Bank indices in the order given. */
  given: number[];
  /** Items the selection reached (given or held back by exposure control). */
  reached: Set<number>;
  /** At each item served: the engine's "questions left" and the true number left. */
  forecasts: { predicted: number; actual: number }[];
}

/** One learner through the real engine, step by step, exactly as the API drives it. */
export function runAdaptive(
  bank: ItemBank,
  learner: SimulatedLearner,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): AdaptiveRun {
  const given: number[] = [];
  const reached = new Set<number>();
  const predicted: number[] = [];
  const state: { seed: number; answers: Answer[] } = { seed: learner.attemptSeed, answers: [] };
  for (;;) {
    const step = nextStep(bank, state, config);
    if (step.done) {
      const length = given.length;
      return {
        theta: step.result.overall.theta,
        se: step.result.overall.se,
        length,
        reason: step.reason,
        result: step.result,
        given,
        reached,
        forecasts: predicted.map((p, n) => ({ predicted: p, actual: length - n })),
      };
    }
    const index = bank.indexOf.get(step.item.id) as number;
    for (const id of step.heldBack) reached.add(bank.indexOf.get(id) as number);
    reached.add(index);
    given.push(index);
    predicted.push(step.questionsLeft);
    state.answers.push({ itemId: step.item.id, correct: answers(bank, index, learner) });
  }
}

/**
 * The conventional comparison: a fixed form of `size` items, the most informative at θ = 0,
 * balanced across areas (the same number from each, the best of each area; a remainder goes
 * to the areas with the most informative next item).
 */
export function fixedForm(bank: ItemBank, size = 30, theta = 0): number[] {
  const byArea = new Map<string, number[]>();
  bank.items.forEach((item, i) => {
    byArea.set(item.area, [...(byArea.get(item.area) ?? []), i]);
  });
  const info = bank.items.map((item) => itemInformation(item, theta));
  for (const list of byArea.values()) list.sort((x, y) => info[y] - info[x] || x - y);
  const form: number[] = [];
  const quota = Math.floor(size / byArea.size);
  for (const list of byArea.values()) form.push(...list.splice(0, quota));
  const rest = [...byArea.values()].flat().sort((x, y) => info[y] - info[x] || x - y);
  form.push(...rest.slice(0, size - form.length));
  return form;
}

/** EAP with the standard-normal prior from a learner's answers to a fixed form. */
export function scoreFixedForm(
  bank: ItemBank,
  form: readonly number[],
  learner: SimulatedLearner,
): { theta: number; se: number } {
  const logLik = new Float64Array(bank.nodes.length);
  for (const index of form) {
    const table = answers(bank, index, learner) ? bank.logRight[index] : bank.logWrong[index];
    for (let k = 0; k < logLik.length; k++) logLik[k] += table[k];
  }
  return posteriorSummary(bank.nodes, logLik, STANDARD_NORMAL);
}

export interface AccuracyFigures {
  rmse: number;
  bias: number;
  meanSe: number;
  /** Share of learners whose estimated level group is the group of their true ability. */
  groupAccuracy: number;
}

export function accuracy(
  truth: readonly number[],
  estimates: readonly { theta: number; se: number }[],
  cuts: readonly number[],
): AccuracyFigures {
  let squares = 0;
  let errors = 0;
  let ses = 0;
  let hits = 0;
  estimates.forEach(({ theta, se }, n) => {
    const error = theta - truth[n];
    squares += error * error;
    errors += error;
    ses += se;
    if (groupOf(levelOf(theta, cuts)) === groupOf(levelOf(truth[n], cuts))) hits++;
  });
  const count = estimates.length;
  return {
    rmse: Math.sqrt(squares / count),
    bias: errors / count,
    meanSe: ses / count,
    groupAccuracy: hits / count,
  };
}

/** The p-th quantile (0–1) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export interface AdaptiveSimulation {
  runs: AdaptiveRun[];
  /** Per bank item: share of learners given it. */
  exposure: Float64Array;
  /** Per bank item: share of learners whose selection reached it (given or held back). */
  selection: Float64Array;
}

export function simulateAdaptive(
  bank: ItemBank,
  learners: readonly SimulatedLearner[],
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): AdaptiveSimulation {
  const exposure = new Float64Array(bank.items.length);
  const selection = new Float64Array(bank.items.length);
  const runs = learners.map((learner) => {
    const run = runAdaptive(bank, learner, config);
    for (const i of run.given) exposure[i]++;
    for (const i of run.reached) selection[i]++;
    return run;
  });
  for (let i = 0; i < exposure.length; i++) {
    exposure[i] /= learners.length;
    selection[i] /= learners.length;
  }
  return { runs, exposure, selection };
}
