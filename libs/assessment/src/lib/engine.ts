import { COMPETENCE_AREAS, CompetenceArea } from '@passerelle/contracts';

import type { ItemBank } from './bank';
import { type AbilityEstimate, posteriorSummary, type Prior, STANDARD_NORMAL } from './estimation';
import { type CalibratedItem, itemInformation } from './irt';
import { groupOf, LEVEL_CUTS, type LevelGroup, levelOf } from './levels';
import { keyedUniform } from './random';

export interface EngineConfig {
  /** Stop once the overall SE is at or below this (and every area has its minimum). */
  seThreshold: number;
  /** Stop after this many answers whatever the SE. */
  maxLength: number;
  /** Answers each area needs before the test may stop (capped by the area's items). */
  minPerArea: number;
  /**
   * The assumed correlation between an area's ability and the ability shown in the other
   * areas, for the per-area estimates (see `scoreAttempt`).
   */
  areaCorrelation: number;
  levelCuts: readonly number[];
}

/**
 * Chosen with the benchmark on the authored bank (the SE threshold especially): see the README
 * and `npm run bench:assessment -- --sweep`.
 */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  seThreshold: 0.35,
  maxLength: 30,
  minPerArea: 2,
  areaCorrelation: 0.8,
  levelCuts: LEVEL_CUTS,
};

/** One answer, scored by the server. "I don't know" is scored as incorrect. */
export interface Answer {
  itemId: string;
  correct: boolean;
}

/**
 * All the engine needs to know about an attempt: the seed of its Sympson–Hetter draws (any
 * 32-bit integer, drawn once when the attempt starts and stored with it) and its answers in
 * order. The same state always gives the same next item, so a resumed attempt serves the item
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
}

export type StopReason = 'precision' | 'max-length' | 'bank-exhausted';

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

export interface AssessmentResult {
  overall: ScaleEstimate;
  areas: Record<DigCompArea, ScaleEstimate>;
  codingReadiness: ScaleEstimate;
  answered: number;
}

/** The answers resolved against the bank, with their log-likelihood on the grid. */
interface Resolved {
  indices: number[];
  correct: boolean[];
  taken: Uint8Array;
  counts: Map<CompetenceArea, number>;
  logLik: Float64Array;
}

function resolve(bank: ItemBank, answers: readonly Answer[]): Resolved {
  const taken = new Uint8Array(bank.items.length);
  const counts = new Map<CompetenceArea, number>();
  const logLik = new Float64Array(bank.nodes.length);
  const indices: number[] = [];
  const correct: boolean[] = [];
  for (const answer of answers) {
    const index = bank.indexOf.get(answer.itemId);
    if (index === undefined) throw new RangeError(`${answer.itemId}: not in the item bank`);
    if (taken[index]) throw new RangeError(`${answer.itemId}: answered twice`);
    taken[index] = 1;
    indices.push(index);
    correct.push(answer.correct);
    const area = bank.items[index].area;
    counts.set(area, (counts.get(area) ?? 0) + 1);
    addAnswer(logLik, bank, index, answer.correct);
  }
  return { indices, correct, taken, counts, logLik };
}

function addAnswer(logLik: Float64Array, bank: ItemBank, index: number, correct: boolean): void {
  const table = correct ? bank.logRight[index] : bank.logWrong[index];
  for (let k = 0; k < logLik.length; k++) logLik[k] += table[k];
}

function checkConfig(bank: ItemBank, config: EngineConfig): void {
  let minimum = 0;
  for (const size of bank.areaSizes.values()) minimum += Math.min(config.minPerArea, size);
  if (config.maxLength < minimum) {
    throw new RangeError(`maxLength ${config.maxLength} is below the area minimum ${minimum}`);
  }
}

/** How many more answers each area needs before the test may stop. */
function shortfalls(
  bank: ItemBank,
  counts: ReadonlyMap<CompetenceArea, number>,
  config: EngineConfig,
): Map<CompetenceArea, number> {
  const short = new Map<CompetenceArea, number>();
  for (const [area, size] of bank.areaSizes) {
    const missing = Math.min(config.minPerArea, size) - (counts.get(area) ?? 0);
    if (missing > 0) short.set(area, missing);
  }
  return short;
}

export interface Selection {
  index: number;
  /** Items ranked above it that the exposure-control draw held back. */
  heldBack: number[];
}

/**
 * The items not given yet, handed out by decreasing information at θ (ties: bank order). A
 * heap rather than a sort: a step usually looks at a few items only.
 */
class Ranking {
  readonly info: Float64Array;
  /** The active items not given yet, in bank order. */
  readonly available: number[] = [];
  private readonly heap: number[] = [];
  private readonly seen: number[] = [];

  constructor(bank: ItemBank, taken: Uint8Array, theta: number) {
    this.info = new Float64Array(bank.items.length);
    for (let i = 0; i < bank.items.length; i++) {
      if (taken[i] || !bank.active[i]) continue;
      this.info[i] = itemInformation(bank.items[i], theta);
      this.available.push(i);
    }
    this.heap.push(...this.available);
    for (let n = (this.heap.length >> 1) - 1; n >= 0; n--) this.sink(n);
  }

  get size(): number {
    return this.seen.length + this.heap.length;
  }

  /** The n-th most informative item (0-based), or -1. */
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

  /** Whether item x ranks before item y. */
  before(x: number, y: number): boolean {
    return this.info[x] > this.info[y] || (this.info[x] === this.info[y] && x < y);
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

/**
 * The next item: maximum Fisher information at `theta`, within content balancing and
 * Sympson–Hetter exposure control.
 *
 * - Content balancing: while some area lacks its minimum, the item comes from the area that
 *   lacks the most answers (ties go to the area whose best item is the most informative).
 *   After that, every area competes. An attempt may name the area of its first item (its
 *   opening area); the first item then comes from that area, which is one of those short.
 * - Exposure control: candidates are taken in decreasing information; each is given with
 *   probability K (its exposure-control parameter) and otherwise held back for the rest of the
 *   attempt. The draw for an item is fixed by the attempt's seed, so a held-back item stays held
 *   back. If every candidate is held back, the most informative one is given.
 */
export function selectNext(
  bank: ItemBank,
  taken: Uint8Array,
  counts: ReadonlyMap<CompetenceArea, number>,
  theta: number,
  seed: number,
  config: EngineConfig,
): Selection | null {
  return choose(bank, new Ranking(bank, taken, theta), counts, seed, config);
}

/** The attempt's Sympson–Hetter draw: whether the item is given when selected. */
function given(bank: ItemBank, index: number, seed: number): boolean {
  const k = bank.exposure[index];
  return k >= 1 || keyedUniform(seed, bank.keyHash[index]) < k;
}

function choose(
  bank: ItemBank,
  ranking: Ranking,
  counts: ReadonlyMap<CompetenceArea, number>,
  seed: number,
  config: EngineConfig,
  opening: CompetenceArea | null = null,
): Selection | null {
  const short = shortfalls(bank, counts, config);
  let area: CompetenceArea | null = null;
  if (opening !== null && ranking.available.some((i) => bank.items[i].area === opening)) {
    area = opening;
  } else if (short.size > 0) {
    let most = 0;
    let best = -1;
    for (const i of ranking.available) {
      const missing = short.get(bank.items[i].area) ?? 0;
      if (missing > most || (missing === most && missing > 0 && ranking.before(i, best))) {
        most = missing;
        best = i;
        area = bank.items[i].area;
      }
    }
  }
  let first = -1;
  const heldBack: number[] = [];
  for (let n = 0; n < ranking.size; n++) {
    const index = ranking.at(n);
    if (area !== null && bank.items[index].area !== area) continue;
    if (first < 0) first = index;
    if (given(bank, index, seed)) return { index, heldBack };
    heldBack.push(index);
  }
  if (first < 0) return null;
  return { index: first, heldBack: heldBack.slice(1) };
}

/**
 * "About N questions left", this one included: the answers the areas still need, or, if more,
 * the number of items it takes, at the current estimate, for the test information to bring the
 * SE down to the threshold — counting the items in decreasing information and skipping those
 * the attempt's exposure-control draws hold back (the engine knows them: they are fixed by the
 * seed). Bounded by the maximum length. It assumes the estimate stays where it is, so it is an
 * honest "about": the benchmark measures its error.
 */
export function questionsLeft(
  bank: ItemBank,
  taken: Uint8Array,
  counts: ReadonlyMap<CompetenceArea, number>,
  estimate: AbilityEstimate,
  seed: number,
  config: EngineConfig,
): number {
  return forecast(bank, new Ranking(bank, taken, estimate.theta), counts, estimate, seed, config);
}

function forecast(
  bank: ItemBank,
  ranking: Ranking,
  counts: ReadonlyMap<CompetenceArea, number>,
  estimate: AbilityEstimate,
  seed: number,
  config: EngineConfig,
): number {
  let answered = 0;
  for (const n of counts.values()) answered += n;
  const cap = Math.min(config.maxLength - answered, ranking.size);
  let required = 0;
  for (const missing of shortfalls(bank, counts, config).values()) required += missing;
  const goal = 1 / (config.seThreshold * config.seThreshold);
  let precision = 1 / (estimate.se * estimate.se);
  let needed = 0;
  if (precision < goal) {
    let count = 0;
    needed = cap;
    for (let n = 0; n < ranking.size; n++) {
      const i = ranking.at(n);
      if (!given(bank, i, seed)) continue;
      count++;
      precision += ranking.info[i];
      if (precision >= goal) {
        needed = count;
        break;
      }
    }
  }
  return Math.max(1, Math.min(cap, Math.max(needed, required)));
}

/** The next step of an attempt: the item to serve, or the result once the test stops. */
export function nextStep(
  bank: ItemBank,
  state: AttemptState,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): Step {
  checkConfig(bank, config);
  const resolved = resolve(bank, state.answers);
  const estimate = posteriorSummary(bank.nodes, resolved.logLik, STANDARD_NORMAL);
  const answered = resolved.indices.length;
  const done = (reason: StopReason): DoneStep => ({
    done: true,
    reason,
    result: resultOf(bank, resolved, config),
  });
  if (answered >= config.maxLength) return done('max-length');
  const minimumMet = shortfalls(bank, resolved.counts, config).size === 0;
  if (minimumMet && estimate.se <= config.seThreshold) return done('precision');
  const ranking = new Ranking(bank, resolved.taken, estimate.theta);
  const opening = answered === 0 ? (state.openingArea ?? null) : null;
  const selection = choose(bank, ranking, resolved.counts, state.seed, config, opening);
  if (!selection) return done('bank-exhausted');
  return {
    done: false,
    item: bank.items[selection.index],
    estimate,
    answered,
    questionsLeft: forecast(bank, ranking, resolved.counts, estimate, state.seed, config),
    heldBack: selection.heldBack.map((i) => bank.items[i].id),
  };
}

function scale(estimate: AbilityEstimate, answered: number, config: EngineConfig): ScaleEstimate {
  const level = levelOf(estimate.theta, config.levelCuts);
  return { ...estimate, level, group: groupOf(level), answered };
}

/**
 * The result of a set of answers (at the end of a test, or at any point for a mentor).
 *
 * Overall: EAP from every answer with a standard-normal prior (one scale for the whole bank).
 *
 * Per area: EAP from that area's answers with a prior taken from the other areas' answers —
 * not from the overall estimate, which already contains the area's answers and would count
 * them twice (a narrower SE than the data support). If an area's ability and the ability shown
 * in the rest are standard-normal with correlation ρ, and the rest gives the estimate m with SE
 * s, the area's ability is a priori N(ρ·m, ρ²·s² + 1 − ρ²): with no other answers this is the
 * population N(0, 1); with precise other answers it is centred on them with an SD of
 * √(1 − ρ²) (0.6 for ρ = 0.8), wide enough for an area to differ from the rest.
 */
export function scoreAttempt(
  bank: ItemBank,
  answers: readonly Answer[],
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): AssessmentResult {
  return resultOf(bank, resolve(bank, answers), config);
}

function resultOf(bank: ItemBank, resolved: Resolved, config: EngineConfig): AssessmentResult {
  const overall = posteriorSummary(bank.nodes, resolved.logLik, STANDARD_NORMAL);
  const rho = config.areaCorrelation;
  const areaScale = (area: CompetenceArea): ScaleEstimate => {
    const inArea = new Float64Array(bank.nodes.length);
    let answered = 0;
    resolved.indices.forEach((index, n) => {
      if (bank.items[index].area !== area) return;
      answered++;
      addAnswer(inArea, bank, index, resolved.correct[n]);
    });
    const rest = new Float64Array(bank.nodes.length);
    for (let k = 0; k < rest.length; k++) rest[k] = resolved.logLik[k] - inArea[k];
    const others = posteriorSummary(bank.nodes, rest, STANDARD_NORMAL);
    const prior: Prior = {
      mean: rho * others.theta,
      sd: Math.sqrt(rho * rho * others.se * others.se + 1 - rho * rho),
    };
    return scale(posteriorSummary(bank.nodes, inArea, prior), answered, config);
  };
  const areas = Object.fromEntries(DIGCOMP_AREAS.map((area) => [area, areaScale(area)])) as Record<
    DigCompArea,
    ScaleEstimate
  >;
  return {
    overall: scale(overall, resolved.indices.length, config),
    areas,
    codingReadiness: areaScale(CompetenceArea.Coding),
    answered: resolved.indices.length,
  };
}

/** The overall estimate after each answer in turn (the mentor's view of an attempt). */
export function estimatesAfterEach(bank: ItemBank, answers: readonly Answer[]): AbilityEstimate[] {
  const { indices, correct } = resolve(bank, answers);
  const logLik = new Float64Array(bank.nodes.length);
  return indices.map((index, n) => {
    addAnswer(logLik, bank, index, correct[n]);
    return posteriorSummary(bank.nodes, logLik, STANDARD_NORMAL);
  });
}

/** Levels by area, coding readiness included, as placement takes them. */
export function levelsOf(result: AssessmentResult): Partial<Record<CompetenceArea, number>> {
  return {
    ...Object.fromEntries(DIGCOMP_AREAS.map((area) => [area, result.areas[area].level])),
    [CompetenceArea.Coding]: result.codingReadiness.level,
  };
}
