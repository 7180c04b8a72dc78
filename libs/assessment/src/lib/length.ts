import type { ItemBank } from './bank';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine';
import { drawMixedLearners } from './exposure';
import { NEWCOMER_POPULATION, runAdaptive, type SimulatedDesign } from './simulation';

/**
 * The time a question takes when no stored answers tell (45 s): reading a short question,
 * maybe hearing it read aloud, and choosing.
 */
export const DEFAULT_SECONDS_PER_QUESTION = 45;

/**
 * How many answers, and from how many attempts, it takes before their median time replaces the
 * default: one fast tester (or the demo data) must not set the time for everyone.
 */
export const MIN_TIMED_ANSWERS = 30;
export const MIN_TIMED_ATTEMPTS = 5;
/**
 * Answers faster than this are not a person reading a question (scripts, seeded demo data):
 * they are left out of the median.
 */
export const MIN_HUMAN_ANSWER_MS = 2_000;

/** A stored answer's time and the attempt it belongs to. */
export interface TimedAnswer {
  attemptId: string;
  timeMs: number;
}

export interface TestLength {
  /** The engine's maximum: it never asks more. */
  maxQuestions: number;
  /** The mean length of the engine's own test for simulated newcomers. */
  expectedQuestions: number;
}

/**
 * How many questions the test asks: the maximum, and the expected number, from the real
 * engine run for `learners` simulated newcomers (the benchmark's newcomer population, with
 * their intakes) — the same simulation as the benchmark, so that what learners are told is
 * what the engine does. It is reproducible (fixed seed) and takes a fraction of a second;
 * cache it per bank and catalogue.
 */
export function testLength(
  bank: ItemBank,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
  design: SimulatedDesign = {},
  learners = 100,
  seed = 2024,
): TestLength {
  const lengths = drawMixedLearners(learners, seed, [NEWCOMER_POPULATION]).map(
    (learner) => runAdaptive(bank, learner, config, design).length,
  );
  const mean = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  return { maxQuestions: config.maxLength, expectedQuestions: Math.round(mean) };
}

/** The median time of stored answers, in seconds, or null when too few to tell. */
export function secondsPerQuestion(timed: readonly TimedAnswer[]): number | null {
  const answers = timed.filter((a) => a.timeMs >= MIN_HUMAN_ANSWER_MS);
  if (answers.length < MIN_TIMED_ANSWERS) return null;
  if (new Set(answers.map((a) => a.attemptId)).size < MIN_TIMED_ATTEMPTS) return null;
  const sorted = answers.map((a) => a.timeMs).sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.max(1, Math.round(median / 1000));
}

/** Minutes for the expected number of questions, rounded up to a whole minute (5 or more). */
export function minutesFor(length: TestLength, seconds: number): number {
  const minutes = Math.ceil((length.expectedQuestions * seconds) / 60);
  return minutes >= 10 ? Math.ceil(minutes / 5) * 5 : Math.max(1, minutes);
}
