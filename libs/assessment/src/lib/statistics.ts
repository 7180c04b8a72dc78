import type { ItemBank } from './bank';
import type { Answer } from './engine';
import { posteriorSummary, STANDARD_NORMAL } from './estimation';

/** Classical statistics of one item over a set of attempts, to review the bank. */
export interface ItemStats {
  /** Answers given to the item. */
  shown: number;
  /** `shown` over the attempts with at least one answer; 0 when there are none. */
  exposure: number;
  /** Share of right answers; null when never shown. */
  pValue: number | null;
  /** Item–rest correlation (see `itemStatistics`); null when it cannot be computed. */
  itemRest: number | null;
}

/** Fewer answers than this give no item–rest correlation: too few to mean anything. */
const MIN_ANSWERS_FOR_CORRELATION = 5;
/** Rest estimates closer together than this count as equal (no variance). */
const NO_SPREAD = 1e-9;

/**
 * Exposure, p-value and item–rest correlation of every item of the bank (zeros and nulls for
 * items never shown). Answers naming items not in the bank are skipped, as if absent, so an
 * attempt with only such answers does not count for exposure.
 *
 * The item–rest correlation is Pearson's r, over the answers to the item, between the item's
 * score (1 right, 0 wrong) and the EAP estimate of θ (standard-normal prior) from the other
 * answers of the same attempt. In a fixed form one would correlate with the rest *score*, but in
 * an adaptive test learners get different items, so their rest scores are not comparable; the
 * rest *ability estimate* is, and is the adaptive analogue. It is null with fewer than 5 answers
 * or when either variable does not vary. Expect lower values than on a fixed form: the engine
 * serves an item to learners near its difficulty, which narrows the range of abilities it sees.
 */
export function itemStatistics(
  bank: ItemBank,
  attempts: readonly (readonly Answer[])[],
): Map<string, ItemStats> {
  const count = bank.items.length;
  const shown = new Uint32Array(count);
  const right = new Uint32Array(count);
  const scores: number[][] = bank.items.map(() => []);
  const restThetas: number[][] = bank.items.map(() => []);
  let attemptsWithAnswers = 0;

  for (const answers of attempts) {
    const known: { index: number; correct: boolean }[] = [];
    for (const { itemId, correct } of answers) {
      const index = bank.indexOf.get(itemId);
      if (index !== undefined) known.push({ index, correct });
    }
    if (known.length === 0) continue;
    attemptsWithAnswers++;
    const logLik = new Float64Array(bank.nodes.length);
    for (const { index, correct } of known) add(logLik, table(bank, index, correct), 1);
    for (const { index, correct } of known) {
      shown[index]++;
      if (correct) right[index]++;
      const rest = Float64Array.from(logLik);
      add(rest, table(bank, index, correct), -1);
      scores[index].push(correct ? 1 : 0);
      restThetas[index].push(posteriorSummary(bank.nodes, rest, STANDARD_NORMAL).theta);
    }
  }

  return new Map(
    bank.items.map((item, i) => [
      item.id,
      {
        shown: shown[i],
        exposure: attemptsWithAnswers > 0 ? shown[i] / attemptsWithAnswers : 0,
        pValue: shown[i] > 0 ? right[i] / shown[i] : null,
        itemRest: itemRest(scores[i], restThetas[i], right[i]),
      },
    ]),
  );
}

function table(bank: ItemBank, index: number, correct: boolean): Float64Array {
  return correct ? bank.logRight[index] : bank.logWrong[index];
}

function add(target: Float64Array, values: Float64Array, sign: 1 | -1): void {
  for (let k = 0; k < target.length; k++) target[k] += sign * values[k];
}

function itemRest(scores: number[], thetas: number[], right: number): number | null {
  const n = scores.length;
  if (n < MIN_ANSWERS_FOR_CORRELATION || right === 0 || right === n) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const theta of thetas) {
    low = Math.min(low, theta);
    high = Math.max(high, theta);
  }
  if (high - low <= NO_SPREAD) return null;
  return pearson(scores, thetas);
}

/** Pearson's r, centring first (two passes) for accuracy. */
function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i];
    meanY += ys[i];
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - meanX;
    const dy = ys[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
