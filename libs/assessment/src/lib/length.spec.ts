import { prepareBank } from './bank';
import { DEFAULT_ENGINE_CONFIG } from './engine';
import { drawMixedLearners } from './exposure';
import {
  DEFAULT_SECONDS_PER_QUESTION,
  MIN_HUMAN_ANSWER_MS,
  MIN_TIMED_ANSWERS,
  MIN_TIMED_ATTEMPTS,
  minutesFor,
  secondsPerQuestion,
  testLength,
} from './length';
import { NEWCOMER_POPULATION, runAdaptive } from './simulation';
import { syntheticBank } from './synthetic-bank';

describe('how long the test takes', () => {
  const bank = prepareBank(syntheticBank(7, 20));

  it('expects the mean length of the engine’s own test, and never more than its maximum', () => {
    const length = testLength(bank, DEFAULT_ENGINE_CONFIG, {}, 50, 7);
    const lengths = drawMixedLearners(50, 7, [NEWCOMER_POPULATION]).map(
      (l) => runAdaptive(bank, l).length,
    );
    expect(length).toEqual({
      maxQuestions: DEFAULT_ENGINE_CONFIG.maxLength,
      expectedQuestions: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length),
    });
    expect(length.expectedQuestions).toBeLessThanOrEqual(length.maxQuestions);
    expect(length.expectedQuestions).toBeGreaterThan(0);
  });

  it('follows a shorter maximum', () => {
    const short = testLength(bank, { ...DEFAULT_ENGINE_CONFIG, maxLength: 8 }, {}, 30);
    expect(short.maxQuestions).toBe(8);
    expect(short.expectedQuestions).toBeLessThanOrEqual(8);
  });

  it('takes the median stored time per answer once enough attempts answered', () => {
    const answers = (times: number[], attempts = MIN_TIMED_ATTEMPTS) =>
      times.map((timeMs, n) => ({ attemptId: `attempt-${n % attempts}`, timeMs }));
    expect(secondsPerQuestion(answers(Array(MIN_TIMED_ANSWERS - 1).fill(20_000)))).toBeNull();
    // Many answers from too few attempts (one fast tester) do not count.
    expect(secondsPerQuestion(answers(Array(100).fill(1_000), MIN_TIMED_ATTEMPTS - 1))).toBeNull();
    const times = [...Array(20).fill(10_000), ...Array(15).fill(30_000), 600_000];
    expect(secondsPerQuestion(answers(times))).toBe(10);
    expect(secondsPerQuestion(answers([...times, 30_000, 30_000, 30_000, 30_000]))).toBe(20);
  });

  it('leaves out answers faster than a person reads (scripts, seeded data)', () => {
    const answers = (times: number[]) =>
      times.map((timeMs, n) => ({ attemptId: `attempt-${n % MIN_TIMED_ATTEMPTS}`, timeMs }));
    const human = Array(MIN_TIMED_ANSWERS).fill(20_000);
    const scripted = Array(200).fill(MIN_HUMAN_ANSWER_MS - 1);
    expect(secondsPerQuestion(answers([...human, ...scripted]))).toBe(20);
    expect(secondsPerQuestion(answers(scripted))).toBeNull();
  });

  it('rounds minutes up, to fives from ten minutes', () => {
    expect(
      minutesFor({ maxQuestions: 30, expectedQuestions: 30 }, DEFAULT_SECONDS_PER_QUESTION),
    ).toBe(25);
    expect(minutesFor({ maxQuestions: 30, expectedQuestions: 8 }, 40)).toBe(6);
    expect(minutesFor({ maxQuestions: 30, expectedQuestions: 1 }, 5)).toBe(1);
  });
});
