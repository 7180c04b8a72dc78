import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  type CourseLevels,
  DeviceAccess,
  Schooling,
} from '@passerelle/contracts';

import type { ItemBank } from './bank';
import { type PlaceableCourse, recommendCourses } from './course-placement';
import {
  type Answer,
  type AreaCuts,
  type AssessmentResult,
  DEFAULT_ENGINE_CONFIG,
  type EngineConfig,
  levelsOf,
  nextStep,
  scoreAttempt,
  type StopReason,
} from './engine';
import { itemInformation, probability } from './irt';
import { groupOf, levelOf } from './levels';
import { type IntakePrior, intakePrior, openingArea, type OpeningIntake } from './opening';
import { keyedUniform, mulberry32, normal, type Random, randomSeed } from './random';

/**
 * A simulated population: every area's ability is normal with this mean and SD, and any two
 * areas correlate `correlation` (θ_k = mean + sd·(√ρ·g + √(1 − ρ)·e_k)).
 */
export interface SimulatedPopulation {
  mean: number;
  sd: number;
  correlation: number;
}

export const CENTRED_POPULATION: SimulatedPopulation = { mean: 0, sd: 1, correlation: 0.8 };
/** Newcomers: most below the centre of the bank, and more spread out. */
export const NEWCOMER_POPULATION: SimulatedPopulation = { mean: -0.8, sd: 1.2, correlation: 0.8 };

/**
 * A simulated learner: a true ability per area, an intake drawn from them, the seed of their
 * answers (their answer to an item is fixed, so they answer an item the same way in the
 * adaptive test and in a fixed form) and the seed of their attempt (exposure-control draws).
 */
export interface SimulatedLearner {
  thetas: Record<CompetenceArea, number>;
  intake: OpeningIntake;
  answerSeed: number;
  attemptSeed: number;
}

/** `count` learners of the population, reproducible from `seed`. */
export function drawLearners(
  count: number,
  seed: number,
  population: SimulatedPopulation = CENTRED_POPULATION,
): SimulatedLearner[] {
  const random = mulberry32(seed);
  const rho = population.correlation;
  return Array.from({ length: count }, () => {
    const g = normal(random);
    const thetas = Object.fromEntries(
      COMPETENCE_AREAS.map((area) => [
        area,
        population.mean +
          population.sd * (Math.sqrt(rho) * g + Math.sqrt(1 - rho) * normal(random)),
      ]),
    ) as Record<CompetenceArea, number>;
    return {
      thetas,
      intake: simulatedIntake(thetas, random),
      answerSeed: randomSeed(random),
      attemptSeed: randomSeed(random),
    };
  });
}

/**
 * An intake that goes with the abilities, as the benchmark assumes it does (an assumption, not
 * a measurement): schooling from the mean DigComp ability plus noise of SD 0.8 (cuts at −1.4,
 * −0.6 and 0.8: none, primary, secondary, university); a computer with probability
 * logistic(θ of content creation + 0.5); a job goal in coding with probability
 * logistic(θ of coding − 0.5).
 */
function simulatedIntake(thetas: Record<CompetenceArea, number>, random: Random): OpeningIntake {
  const digcomp = COMPETENCE_AREAS.filter((area) => area !== 'coding');
  const general = digcomp.reduce((sum, area) => sum + thetas[area], 0) / digcomp.length;
  const s = general + 0.8 * normal(random);
  const schooling =
    s < -1.4
      ? Schooling.None
      : s < -0.6
        ? Schooling.Primary
        : s < 0.8
          ? Schooling.Secondary
          : Schooling.University;
  const logistic = (x: number) => 1 / (1 + Math.exp(-x));
  const computer = random() < logistic(thetas['content-creation'] + 0.5);
  const coding = random() < logistic(thetas.coding - 0.5);
  return {
    schooling,
    devices: computer ? [DeviceAccess.Phone, DeviceAccess.OwnComputer] : [DeviceAccess.Phone],
    jobGoal: coding ? 'web developer' : 'shop assistant',
  };
}

/** The learner's answer to an item, drawn from the item's own IRT parameters. */
export function answers(bank: ItemBank, index: number, learner: SimulatedLearner): boolean {
  const item = bank.items[index];
  return (
    keyedUniform(learner.answerSeed, bank.keyHash[index]) <
    probability(item, learner.thetas[item.area])
  );
}

/** What the attempt fixes when it starts, for a simulated learner (as the API does). */
export interface SimulatedDesign {
  /** The catalogue's cuts (see `catalogueCuts`). */
  cuts?: AreaCuts;
  /** The catalogue's courses' levels (see `AttemptState.courses`). */
  courses?: readonly CourseLevels[];
  /** Whether the intake sets the prior and the opening area (as in the product). */
  useIntake?: boolean;
}

export interface AdaptiveRun {
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

function priorOf(learner: SimulatedLearner, design: SimulatedDesign): IntakePrior | null {
  return design.useIntake === false ? null : intakePrior(learner.intake);
}

/** One learner through the real engine, step by step, exactly as the API drives it. */
export function runAdaptive(
  bank: ItemBank,
  learner: SimulatedLearner,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
  design: SimulatedDesign = {},
): AdaptiveRun {
  const given: number[] = [];
  const reached = new Set<number>();
  const predicted: number[] = [];
  const answered: Answer[] = [];
  const state = {
    seed: learner.attemptSeed,
    answers: answered,
    prior: priorOf(learner, design),
    cuts: design.cuts ?? null,
    courses: design.courses ?? null,
    openingArea: design.useIntake === false ? null : openingArea(learner.intake),
  };
  for (;;) {
    const step = nextStep(bank, state, config);
    if (step.done) {
      const length = given.length;
      return {
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
    answered.push({ itemId: step.item.id, correct: answers(bank, index, learner) });
  }
}

/**
 * The conventional comparison: a fixed form of `size` items, balanced across areas (the same
 * number from each; a remainder goes to the areas with the best next item), each area's items
 * the most informative at the cuts it is decided on (summed over them) — a form built for the
 * same decisions as the adaptive test.
 */
export function fixedForm(
  bank: ItemBank,
  size: number,
  cuts: (area: CompetenceArea) => readonly number[],
): number[] {
  const byArea = new Map<CompetenceArea, number[]>();
  const info = new Float64Array(bank.items.length);
  bank.items.forEach((item, i) => {
    if (!bank.active[i]) return;
    byArea.set(item.area, [...(byArea.get(item.area) ?? []), i]);
    for (const cut of cuts(item.area)) info[i] += itemInformation(item, cut);
  });
  for (const list of byArea.values()) list.sort((x, y) => info[y] - info[x] || x - y);
  const form: number[] = [];
  const quota = Math.floor(size / byArea.size);
  for (const list of byArea.values()) form.push(...list.splice(0, quota));
  const rest = [...byArea.values()].flat().sort((x, y) => info[y] - info[x] || x - y);
  form.push(...rest.slice(0, size - form.length));
  return form;
}

/** The learner's answers to a fixed form, scored as the engine scores an attempt. */
export function scoreFixedForm(
  bank: ItemBank,
  form: readonly number[],
  learner: SimulatedLearner,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
  design: SimulatedDesign = {},
): AssessmentResult {
  return scoreAttempt(
    bank,
    {
      answers: form.map((index) => ({
        itemId: bank.items[index].id,
        correct: answers(bank, index, learner),
      })),
      prior: priorOf(learner, design),
      cuts: design.cuts ?? null,
      courses: design.courses ?? null,
    },
    config,
  );
}

/** How well results place learners: what placement consumes, per area and as courses. */
export interface PlacementAccuracy {
  /** Per area: share of learners whose estimated level group is their true one. */
  groupAccuracy: Record<CompetenceArea, number>;
  /** The lowest of them. */
  worstGroupAccuracy: number;
  /** Mean over areas. */
  meanGroupAccuracy: number;
  /** Share of learners recommended exactly the courses their true abilities give. */
  courseAgreement: number;
}

function areaScale(result: AssessmentResult, area: CompetenceArea) {
  return area === 'coding'
    ? result.codingReadiness
    : result.areas[area as Exclude<CompetenceArea, 'coding'>];
}

export function placementAccuracy(
  learners: readonly SimulatedLearner[],
  results: readonly AssessmentResult[],
  courses: readonly PlaceableCourse[],
  levelCuts: readonly number[],
): PlacementAccuracy {
  const hits = Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, 0])) as Record<
    CompetenceArea,
    number
  >;
  let agree = 0;
  results.forEach((result, n) => {
    const truth = learners[n].thetas;
    const trueLevels = Object.fromEntries(
      COMPETENCE_AREAS.map((area) => [area, levelOf(truth[area], levelCuts)]),
    );
    for (const area of COMPETENCE_AREAS) {
      if (areaScale(result, area).group === groupOf(trueLevels[area])) hits[area]++;
    }
    const ids = (levels: Partial<Record<CompetenceArea, number>>) =>
      recommendCourses(levels, courses)
        .map((r) => r.course.id)
        .sort()
        .join(',');
    if (ids(levelsOf(result)) === ids(trueLevels)) agree++;
  });
  const count = Math.max(1, results.length);
  const groupAccuracy = Object.fromEntries(
    COMPETENCE_AREAS.map((area) => [area, hits[area] / count]),
  ) as Record<CompetenceArea, number>;
  const values = Object.values(groupAccuracy);
  return {
    groupAccuracy,
    worstGroupAccuracy: Math.min(...values),
    meanGroupAccuracy: values.reduce((s, v) => s + v, 0) / values.length,
    courseAgreement: agree / count,
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
  design: SimulatedDesign = {},
): AdaptiveSimulation {
  const exposure = new Float64Array(bank.items.length);
  const selection = new Float64Array(bank.items.length);
  const runs = learners.map((learner) => {
    const run = runAdaptive(bank, learner, config, design);
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
