import { COMPETENCE_AREAS, CompetenceArea, type CourseLevels } from '@passerelle/contracts';

import type { ItemBank } from './bank';
import { type AreaDecision, decide, decisionCuts, groupCuts, openCuts } from './decision';
import { type AbilityEstimate, posteriorSummary, STANDARD_NORMAL } from './estimation';
import { type CalibratedItem, itemInformation } from './irt';
import { groupOf, LEVEL_CUTS, type LevelGroup, levelOf, levelStart } from './levels';
import type { IntakePrior } from './opening';
import {
  type AreaPosterior,
  areaPosteriors,
  type AreaPrior,
  type Population,
  probabilityBelow,
  STANDARD_POPULATION,
} from './posterior';
import { keyedUniform } from './random';

export interface EngineConfig {
  /**
   * An area is decided once the side of each of its cuts (the level groups', the courses'
   * entries and targets) is this sure, up to the indifference zone (see `openCuts`).
   */
  confidence: number;
  /** Half-width of the indifference zone around each level group's cut, on the θ scale. */
  indifference: number;
  /**
   * Half-width of the zone around the catalogue's cuts (a course's entry or target). A course
   * is in or out on one such cut, so a learner near it is placed with a narrower zone than a
   * level group asks for; where a cut is both, the narrower zone applies.
   */
  courseIndifference: number;
  /** Stop after this many answers, decided or not. */
  maxLength: number;
  /** Answers each area needs before it may be decided (capped by the area's items). */
  minPerArea: number;
  /** The correlation between any two areas' abilities in the population (the prior's). */
  areaCorrelation: number;
  /** Each area's ability distribution in the population (the prior before the intake). */
  population: Population;
  /** How much of the intake's prior shift to apply: 0 ignores the intake, 1 takes it whole. */
  intakeWeight: number;
  /**
   * "About N questions left" sums each open area's own needs and so ignores what one area's
   * answers tell about the others; this scales the sum back. Measured by the benchmark (the
   * ratio of the questions asked to those forecast, over every step of every simulated test).
   */
  forecastScale: number;
  levelCuts: readonly number[];
}

/**
 * Chosen with the benchmark on the authored bank (the confidence especially): see the README
 * and `npm run bench:assessment`.
 */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  confidence: 0.87,
  indifference: 0.3,
  courseIndifference: 0.2,
  maxLength: 22,
  minPerArea: 1,
  areaCorrelation: 0.8,
  population: STANDARD_POPULATION,
  intakeWeight: 1,
  forecastScale: 0.43,
  levelCuts: LEVEL_CUTS,
};

/** One answer, scored by the server. "I don't know" is scored as incorrect. */
export interface Answer {
  itemId: string;
  correct: boolean;
}

/** Cuts an attempt is decided on beyond the level groups' (see `catalogueCuts`), by area. */
export type AreaCuts = Partial<Record<CompetenceArea, readonly number[]>>;

/**
 * All the engine needs to know about an attempt: the seed of its Sympson–Hetter draws (any
 * 32-bit integer, drawn once when the attempt starts and stored with it), its answers in order,
 * and what was fixed when it started (the opening area, the intake's prior, the catalogue's
 * cuts). The same state always gives the same next item, so a resumed attempt serves the item
 * it stopped at.
 */
export interface AttemptState {
  seed: number;
  answers: readonly Answer[];
  /**
   * The area the first item comes from (see `openingArea`), e.g. a DigComp area rather than
   * coding for a learner whose intake points to digital basics. Once answered, it counts
   * towards that area's minimum like any other answer.
   */
  openingArea?: CompetenceArea | null;
  /** The intake's shift of each area's prior (see `intakePrior`). */
  prior?: IntakePrior | null;
  /** Cuts the course catalogue decides on, by area (see `catalogueCuts`). */
  cuts?: AreaCuts | null;
  /**
   * The catalogue's courses (their levels), to tell when one of its cuts no longer matters:
   * e.g. a course's target in coding, once problem solving is surely below its own target.
   */
  courses?: readonly CourseLevels[] | null;
}

export type StopReason = 'decided' | 'max-length' | 'bank-exhausted';

export interface ItemStep {
  done: false;
  item: CalibratedItem;
  /** The overall estimate from the answers so far. */
  estimate: AbilityEstimate;
  answered: number;
  /** About how many questions remain, this one included (see `questionsLeft`). */
  questionsLeft: number;
  /** Items the exposure-control draw held back before this one (for calibration). */
  heldBack: readonly string[];
}

export interface DoneStep {
  done: true;
  reason: StopReason;
  result: AssessmentResult;
}

export type Step = ItemStep | DoneStep;

export type DigCompArea = Exclude<CompetenceArea, 'coding'>;
export const DIGCOMP_AREAS = COMPETENCE_AREAS.filter(
  (area): area is DigCompArea => area !== CompetenceArea.Coding,
);

export interface ScaleEstimate extends AbilityEstimate {
  level: number;
  group: LevelGroup;
  /** Answers on this scale (all answers for the overall estimate). */
  answered: number;
}

/** Where an area stands: its decision and whether it is settled. */
export interface AreaStatus extends AreaDecision {
  /** The cuts whose side is still open, most doubtful first. */
  open: number[];
  /** The doubt about the most doubtful open cut (0 when none is open; see `openCuts`). */
  doubt: number;
  /**
   * Why the area needs no more answers — 'confident' (the decision reached the confidence),
   * 'no-items' (the bank has no more items in it) — or null while it is open.
   */
  settled: 'confident' | 'no-items' | null;
}

export interface AreaScale extends ScaleEstimate {
  decision: AreaStatus;
  /** The posterior probability that the level is in its group (what a mentor reads). */
  groupConfidence: number;
}

export interface AssessmentResult {
  overall: ScaleEstimate;
  areas: Record<DigCompArea, AreaScale>;
  codingReadiness: AreaScale;
  answered: number;
}

/** The answers resolved against the bank, with their log-likelihoods on the grid. */
interface Resolved {
  indices: number[];
  correct: boolean[];
  taken: Uint8Array;
  counts: Map<CompetenceArea, number>;
  /** All answers (the overall estimate). */
  logLik: Float64Array;
  /** Each area's answers. */
  areaLogLik: Map<CompetenceArea, Float64Array>;
}

function resolve(bank: ItemBank, answers: readonly Answer[]): Resolved {
  const resolved: Resolved = {
    indices: [],
    correct: [],
    taken: new Uint8Array(bank.items.length),
    counts: new Map(),
    logLik: new Float64Array(bank.nodes.length),
    areaLogLik: new Map(),
  };
  for (const answer of answers) {
    const index = bank.indexOf.get(answer.itemId);
    if (index === undefined) throw new RangeError(`${answer.itemId}: not in the item bank`);
    if (resolved.taken[index]) throw new RangeError(`${answer.itemId}: answered twice`);
    addAnswer(bank, resolved, index, answer.correct);
  }
  return resolved;
}

function addAnswer(bank: ItemBank, resolved: Resolved, index: number, correct: boolean): void {
  resolved.taken[index] = 1;
  resolved.indices.push(index);
  resolved.correct.push(correct);
  const area = bank.items[index].area;
  resolved.counts.set(area, (resolved.counts.get(area) ?? 0) + 1);
  let inArea = resolved.areaLogLik.get(area);
  if (!inArea) {
    inArea = new Float64Array(bank.nodes.length);
    resolved.areaLogLik.set(area, inArea);
  }
  const table = correct ? bank.logRight[index] : bank.logWrong[index];
  for (let k = 0; k < table.length; k++) {
    resolved.logLik[k] += table[k];
    inArea[k] += table[k];
  }
}

function checkConfig(bank: ItemBank, config: EngineConfig): void {
  let minimum = 0;
  for (const size of bank.areaSizes.values()) minimum += Math.min(config.minPerArea, size);
  if (config.maxLength < minimum) {
    throw new RangeError(`maxLength ${config.maxLength} is below the area minimum ${minimum}`);
  }
  if (!(config.confidence > 0.5 && config.confidence < 1)) {
    throw new RangeError('the confidence must be in (0.5, 1)');
  }
}

/** Each area's prior: the population's, moved by the intake's shift times its weight. */
export function priorsOf(
  config: EngineConfig,
  prior: IntakePrior | null | undefined,
): Record<CompetenceArea, AreaPrior> {
  return Object.fromEntries(
    COMPETENCE_AREAS.map((area) => {
      const { mean, sd } = config.population[area];
      const shift = config.intakeWeight * (prior?.[area] ?? 0);
      return [area, { mean: Math.round((mean + shift * sd) * 1e6) / 1e6, sd }];
    }),
  ) as Record<CompetenceArea, AreaPrior>;
}

/** Everything the engine decides on, for one state. */
interface Assessment {
  resolved: Resolved;
  posteriors: Record<CompetenceArea, AreaPosterior>;
  cuts: Record<CompetenceArea, number[]>;
  status: Record<CompetenceArea, AreaStatus>;
  /** Areas with active items not yet given. */
  remaining: Map<CompetenceArea, number>;
}

function assess(
  bank: ItemBank,
  resolved: Resolved,
  state: AttemptState,
  config: EngineConfig,
): Assessment {
  const posteriors = areaPosteriors(
    bank.nodes,
    resolved.areaLogLik,
    priorsOf(config, state.prior),
    config.areaCorrelation,
  );
  const remaining = new Map<CompetenceArea, number>();
  for (let i = 0; i < bank.items.length; i++) {
    if (bank.active[i] && !resolved.taken[i]) {
      remaining.set(bank.items[i].area, (remaining.get(bank.items[i].area) ?? 0) + 1);
    }
  }
  const cuts = {} as Record<CompetenceArea, number[]>;
  const status = {} as Record<CompetenceArea, AreaStatus>;
  const surelyBelow = (area: CompetenceArea, cut: number) =>
    probabilityBelow(bank.nodes, posteriors[area].mass, cut + zoneOf(config, state, area, cut)) >=
    config.confidence;
  const groups = groupCuts(config.levelCuts);
  for (const area of COMPETENCE_AREAS) {
    cuts[area] = decisionCuts(config.levelCuts, state.cuts?.[area] ?? []);
    const mass = posteriors[area].mass;
    const decision = decide(bank.nodes, mass, cuts[area]);
    const matters = (cut: number) =>
      groups.includes(cut) ||
      !state.courses ||
      state.courses.some((levels) => courseNeeds(levels, area, cut, config.levelCuts, surelyBelow));
    const doubts = openCuts(
      bank.nodes,
      mass,
      cuts[area].filter(matters),
      (cut) => zoneOf(config, state, area, cut),
      config.confidence,
    );
    const open = doubts.map((o) => o.cut);
    const doubt = doubts[0]?.doubt ?? 0;
    const short = shortfall(bank, resolved.counts, area, config) > 0;
    const settled = !remaining.get(area)
      ? 'no-items'
      : !short && open.length === 0
        ? 'confident'
        : null;
    status[area] = { ...decision, open, doubt, settled };
  }
  return { resolved, posteriors, cuts, status, remaining };
}

/** The half-width of the indifference zone around `cut` in `area` (see `EngineConfig`). */
function zoneOf(
  config: EngineConfig,
  state: AttemptState,
  area: CompetenceArea,
  cut: number,
): number {
  return state.cuts?.[area]?.includes(cut)
    ? Math.min(config.indifference, config.courseIndifference)
    : config.indifference;
}

/**
 * Whether a course still needs the side of `cut` in `area`. A course is recommended when every
 * area it declares meets its entry and some area is below its target. So its entry cut in an
 * area stops mattering once another of its areas is surely below that area's entry (the course
 * is out whatever this area shows), and its target cut once another area is surely below its
 * entry or its target (out, or recommended, either way).
 */
function courseNeeds(
  levels: CourseLevels,
  area: CompetenceArea,
  cut: number,
  levelCuts: readonly number[],
  surelyBelow: (area: CompetenceArea, cut: number) => boolean,
): boolean {
  const startOf = (level: number | undefined) =>
    level === undefined ? undefined : levelStart(level, levelCuts);
  const range = levels[area];
  if (!range) return false;
  const isEntry = startOf(range.entry) === cut;
  const isTarget = startOf(range.target) === cut;
  if (!isEntry && !isTarget) return false;
  const others = (Object.keys(levels) as CompetenceArea[]).filter(
    (other) => other !== area && levels[other],
  );
  const outAnyway = others.some((other) => {
    const entry = startOf(levels[other]?.entry);
    return entry !== undefined && surelyBelow(other, entry);
  });
  if (outAnyway) return false;
  if (isEntry) return true;
  return !others.some((other) => {
    const target = startOf(levels[other]?.target);
    return target !== undefined && surelyBelow(other, target);
  });
}

/** How many more answers the area needs before it may be decided. */
function shortfall(
  bank: ItemBank,
  counts: ReadonlyMap<CompetenceArea, number>,
  area: CompetenceArea,
  config: EngineConfig,
): number {
  const size = bank.areaSizes.get(area) ?? 0;
  return Math.max(0, Math.min(config.minPerArea, size) - (counts.get(area) ?? 0));
}

export interface Selection {
  index: number;
  /** Items ranked above it that the exposure-control draw held back. */
  heldBack: number[];
}

/**
 * Candidate items handed out by decreasing score (ties: bank order). A heap rather than a
 * sort: a step usually looks at a few items only.
 */
class Ranking {
  private readonly heap: number[];
  private readonly seen: number[] = [];

  constructor(
    readonly score: Float64Array,
    candidates: number[],
  ) {
    this.heap = candidates;
    for (let n = (this.heap.length >> 1) - 1; n >= 0; n--) this.sink(n);
  }

  get size(): number {
    return this.seen.length + this.heap.length;
  }

  /** The n-th best candidate (0-based), or -1. */
  at(n: number): number {
    while (this.seen.length <= n && this.heap.length > 0) {
      const top = this.heap[0];
      const last = this.heap.pop() as number;
      if (this.heap.length > 0) {
        this.heap[0] = last;
        this.sink(0);
      }
      this.seen.push(top);
    }
    return n < this.seen.length ? this.seen[n] : -1;
  }

  private before(x: number, y: number): boolean {
    return this.score[x] > this.score[y] || (this.score[x] === this.score[y] && x < y);
  }

  private sink(n: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * n + 1;
      let top = n;
      if (left < heap.length && this.before(heap[left], heap[top])) top = left;
      if (left + 1 < heap.length && this.before(heap[left + 1], heap[top])) top = left + 1;
      if (top === n) return;
      [heap[n], heap[top]] = [heap[top], heap[n]];
      n = top;
    }
  }
}

/** The attempt's Sympson–Hetter draw: whether the item is given when selected. */
function given(bank: ItemBank, index: number, seed: number): boolean {
  const k = bank.exposure[index];
  return k >= 1 || keyedUniform(seed, bank.keyHash[index]) < k;
}

/**
 * Which areas the next item may come from: the opening area for the first item; else the areas
 * short of their minimum, the one short the most (content balance); else every open area.
 */
function candidateAreas(
  bank: ItemBank,
  assessment: Assessment,
  config: EngineConfig,
  opening: CompetenceArea | null,
): Set<CompetenceArea> {
  const { remaining, resolved, status } = assessment;
  if (opening !== null && remaining.get(opening)) return new Set([opening]);
  let most = 0;
  for (const area of remaining.keys())
    most = Math.max(most, shortfall(bank, resolved.counts, area, config));
  if (most > 0) {
    return new Set(
      [...remaining.keys()].filter(
        (area) => shortfall(bank, resolved.counts, area, config) === most,
      ),
    );
  }
  return new Set([...remaining.keys()].filter((area) => status[area].settled === null));
}

/**
 * Each candidate's score: its information at the area's open cut (the cut whose side is least
 * certain), weighted by the doubt about that cut, so that the next answer goes where the
 * placement decision is most open and where it moves it most.
 */
function rank(bank: ItemBank, assessment: Assessment, areas: ReadonlySet<CompetenceArea>): Ranking {
  const targets = new Map<CompetenceArea, { cut: number; weight: number }>();
  for (const area of areas) {
    const { open, doubt } = assessment.status[area];
    targets.set(area, {
      cut: open[0] ?? nearestCut(assessment.cuts[area], assessment.posteriors[area].theta),
      weight: Math.max(1e-6, doubt),
    });
  }
  const score = new Float64Array(bank.items.length);
  const candidates: number[] = [];
  for (let i = 0; i < bank.items.length; i++) {
    const target = targets.get(bank.items[i].area);
    if (!target || assessment.resolved.taken[i] || !bank.active[i]) continue;
    score[i] = target.weight * itemInformation(bank.items[i], target.cut);
    candidates.push(i);
  }
  return new Ranking(score, candidates);
}

/**
 * Candidates are taken by decreasing score; each is given with probability K (its Sympson–
 * Hetter parameter) and otherwise held back for the rest of the attempt. The draw for an item
 * is fixed by the attempt's seed, so a held-back item stays held back. If every candidate is
 * held back, the best is given.
 */
function choose(bank: ItemBank, ranking: Ranking, seed: number): Selection | null {
  let first = -1;
  const heldBack: number[] = [];
  for (let n = 0; n < ranking.size; n++) {
    const index = ranking.at(n);
    if (first < 0) first = index;
    if (given(bank, index, seed)) return { index, heldBack };
    heldBack.push(index);
  }
  if (first < 0) return null;
  return { index: first, heldBack: heldBack.slice(1) };
}

function nearestCut(cuts: readonly number[], theta: number): number {
  // Used where an area has no open cut left (a minimum still to meet).
  return cuts.reduce((best, cut) => (Math.abs(cut - theta) < Math.abs(best - theta) ? cut : best));
}

/** The normal quantile of the confidence: how many SDs from a cut make its side that sure. */
function zOf(confidence: number): number {
  // Acklam's rational approximation is overkill here: bisection on the error function.
  let low = 0;
  let high = 6;
  for (let n = 0; n < 40; n++) {
    const mid = (low + high) / 2;
    if (normalCdf(mid) < confidence) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function normalCdf(z: number): number {
  // Abramowitz–Stegun 7.1.26 (error < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * "About N questions left", this one included. Per open area, the expected number of items it
 * still takes, averaged over where the ability may lie (the area's posterior): were the ability
 * θ, the area is settled once the posterior SD is small enough for θ to be z SDs beyond the
 * indifference zone of its nearest open cut (z for the confidence), and each item adds its
 * information at that cut — the area's best items first, skipping those the attempt's draws
 * hold back. A learner right on a cut needs many items, one far from it few; averaging over
 * the posterior rather than taking the estimate as the truth is what keeps the forecast from
 * promising the worst case. Summed over the open areas (at least their minimums), bounded by
 * the maximum length. It ignores what one area's answers tell about another, so it errs long;
 * the benchmark measures its error.
 */
function forecast(
  bank: ItemBank,
  assessment: Assessment,
  state: AttemptState,
  config: EngineConfig,
): number {
  const { resolved, posteriors, status } = assessment;
  const seed = state.seed;
  const answered = resolved.indices.length;
  const z = zOf(config.confidence);
  const nodes = bank.nodes;
  let total = 0;
  for (const area of COMPETENCE_AREAS) {
    const { open, settled } = status[area];
    if (settled !== null) continue;
    const { se, mass } = posteriors[area];
    const precision = 1 / (se * se);
    // Per open cut, the cumulative information of the area's best items at it.
    const cumulative = new Map<number, number[]>();
    for (const cut of open) {
      const info: number[] = [];
      for (let i = 0; i < bank.items.length; i++) {
        if (bank.items[i].area !== area || resolved.taken[i] || !bank.active[i]) continue;
        if (given(bank, i, seed)) info.push(itemInformation(bank.items[i], cut));
      }
      info.sort((x, y) => y - x);
      let sum = 0;
      cumulative.set(
        cut,
        info.map((x) => (sum += x)),
      );
    }
    let expected = 0;
    for (let t = 0; t < nodes.length; t++) {
      if (mass[t] < 1e-4) continue;
      let cut = open[0] ?? 0;
      for (const c of open) if (Math.abs(nodes[t] - c) < Math.abs(nodes[t] - cut)) cut = c;
      const zone = zoneOf(config, state, area, cut);
      const goal = (z / (Math.abs(nodes[t] - cut) + zone)) ** 2 - precision;
      const sums = cumulative.get(cut) ?? [];
      let needed = 0;
      while (needed < sums.length && sums[needed] < goal) needed++;
      if (needed < sums.length || goal <= 0) needed += goal > 0 ? 1 : 0;
      expected += mass[t] * needed;
    }
    total += Math.max(expected, shortfall(bank, resolved.counts, area, config), 1);
  }
  let short = 0;
  for (const area of COMPETENCE_AREAS) short += shortfall(bank, resolved.counts, area, config);
  const scaled = Math.max(short, Math.round(total * config.forecastScale));
  return Math.max(1, Math.min(config.maxLength - answered, scaled));
}

/** The next step of an attempt: the item to serve, or the result once the test stops. */
export function nextStep(
  bank: ItemBank,
  state: AttemptState,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): Step {
  checkConfig(bank, config);
  const resolved = resolve(bank, state.answers);
  const assessment = assess(bank, resolved, state, config);
  const answered = resolved.indices.length;
  const done = (reason: StopReason): DoneStep => ({
    done: true,
    reason,
    result: resultOf(bank, assessment, config),
  });
  if (answered >= config.maxLength) return done('max-length');
  const opening = answered === 0 ? (state.openingArea ?? null) : null;
  const areas = candidateAreas(bank, assessment, config, opening);
  if (areas.size === 0) {
    return done(
      COMPETENCE_AREAS.every((a) => assessment.status[a].settled === 'no-items')
        ? 'bank-exhausted'
        : 'decided',
    );
  }
  const selection = choose(bank, rank(bank, assessment, areas), state.seed);
  if (!selection) return done('bank-exhausted');
  return {
    done: false,
    item: bank.items[selection.index],
    estimate: posteriorSummary(bank.nodes, resolved.logLik, STANDARD_NORMAL),
    answered,
    questionsLeft: forecast(bank, assessment, state, config),
    heldBack: selection.heldBack.map((i) => bank.items[i].id),
  };
}

/** "About N questions left" for a state (see `nextStep`), 0 once the test would stop. */
export function questionsLeft(
  bank: ItemBank,
  state: AttemptState,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): number {
  const step = nextStep(bank, state, config);
  return step.done ? 0 : step.questionsLeft;
}

function scale(estimate: AbilityEstimate, answered: number, config: EngineConfig): ScaleEstimate {
  const level = levelOf(estimate.theta, config.levelCuts);
  return { theta: estimate.theta, se: estimate.se, level, group: groupOf(level), answered };
}

/**
 * The result of a set of answers (at the end of a test, or at any point for a mentor).
 *
 * Overall: EAP from every answer with a standard-normal prior (one scale for the whole bank).
 *
 * Per area: EAP under the correlated prior (see `areaPosteriors`): an area's own answers weigh
 * most, and the other areas' answers tell as much about it as the correlation says, so an
 * area asked once or twice is still placed from everything the learner showed.
 */
export function scoreAttempt(
  bank: ItemBank,
  state: Omit<AttemptState, 'seed'>,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): AssessmentResult {
  const resolved = resolve(bank, state.answers);
  return resultOf(bank, assess(bank, resolved, { seed: 0, ...state }, config), config);
}

function resultOf(bank: ItemBank, assessment: Assessment, config: EngineConfig): AssessmentResult {
  const { resolved, posteriors, status } = assessment;
  const overall = posteriorSummary(bank.nodes, resolved.logLik, STANDARD_NORMAL);
  const areaScale = (area: CompetenceArea): AreaScale => {
    // The level is the estimate's, kept inside the most probable cell: the cell is what the
    // placement decides on, and the likeliest cell places more learners right than the mean.
    const { theta, se } = posteriors[area];
    const { lower, upper } = status[area];
    const inCell = Math.min(
      Math.max(theta, lower ?? -Infinity),
      upper === null ? Infinity : upper - 1e-9,
    );
    const level = levelOf(inCell, config.levelCuts);
    const group = groupOf(level);
    const bounds = groupCuts(config.levelCuts);
    const from = [-Infinity, ...bounds].filter((cut) => cut <= inCell).pop() as number;
    const to = [...bounds, Infinity].find((cut) => cut > inCell) as number;
    const mass = posteriors[area].mass;
    const below = (cut: number) =>
      Number.isFinite(cut) ? probabilityBelow(bank.nodes, mass, cut) : cut > 0 ? 1 : 0;
    return {
      theta,
      se,
      level,
      group,
      answered: resolved.counts.get(area) ?? 0,
      decision: status[area],
      groupConfidence: below(to) - below(from),
    };
  };
  const areas = Object.fromEntries(DIGCOMP_AREAS.map((area) => [area, areaScale(area)])) as Record<
    DigCompArea,
    AreaScale
  >;
  return {
    overall: scale(overall, resolved.indices.length, config),
    areas,
    codingReadiness: areaScale(CompetenceArea.Coding),
    answered: resolved.indices.length,
  };
}

/**
 * After how many answers each area was settled for good (null if it never was): replays the
 * attempt answer by answer, for the mentor's "when and why" of each area.
 */
export function settledAfter(
  bank: ItemBank,
  state: Omit<AttemptState, 'seed'>,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): Record<CompetenceArea, number | null> {
  const after = Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, null])) as Record<
    CompetenceArea,
    number | null
  >;
  for (let n = 0; n <= state.answers.length; n++) {
    const resolved = resolve(bank, state.answers.slice(0, n));
    const { status } = assess(bank, resolved, { seed: 0, ...state }, config);
    for (const area of COMPETENCE_AREAS) {
      if (status[area].settled === null) after[area] = null;
      else if (after[area] === null) after[area] = n;
    }
  }
  return after;
}

/** The overall estimate after each answer in turn (the mentor's view of an attempt). */
export function estimatesAfterEach(bank: ItemBank, answers: readonly Answer[]): AbilityEstimate[] {
  const resolved = resolve(bank, []);
  return answers.map((answer) => {
    const index = bank.indexOf.get(answer.itemId);
    if (index === undefined) throw new RangeError(`${answer.itemId}: not in the item bank`);
    addAnswer(bank, resolved, index, answer.correct);
    return posteriorSummary(bank.nodes, resolved.logLik, STANDARD_NORMAL);
  });
}

/** Levels by area, coding readiness included, as placement takes them. */
export function levelsOf(result: AssessmentResult): Partial<Record<CompetenceArea, number>> {
  return {
    ...Object.fromEntries(DIGCOMP_AREAS.map((area) => [area, result.areas[area].level])),
    [CompetenceArea.Coding]: result.codingReadiness.level,
  };
}
