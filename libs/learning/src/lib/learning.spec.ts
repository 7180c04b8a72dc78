import type { QuizQuestion } from '@passerelle/contracts';

import { localize } from './localize';
import { nextItem, progressOf } from './progress';
import { isRightAnswer, questionProblem, scoreQuiz } from './quiz';

const q = (kind: QuizQuestion['kind'], answer: number[]): QuizQuestion => ({
  kind,
  answer,
  translations: { en: { prompt: 'p', options: ['a', 'b', 'c'] } },
});

describe('localize', () => {
  const texts = { en: { title: 'Email' }, fr: { title: 'Courriel' } };

  it('uses the language asked for when the content has it', () => {
    expect(localize(texts, 'fr', 'en')).toEqual({ language: 'fr', text: { title: 'Courriel' } });
  });

  it('falls back to the default language, and says so', () => {
    expect(localize(texts, 'ar', 'en')).toEqual({ language: 'en', text: { title: 'Email' } });
  });
});

describe('quizzes', () => {
  it('single and multiple choice ignore order; ordering does not', () => {
    expect(isRightAnswer(q('single', [1]), [1])).toBe(true);
    expect(isRightAnswer(q('single', [1]), [0])).toBe(false);
    expect(isRightAnswer(q('multiple', [0, 2]), [2, 0])).toBe(true);
    expect(isRightAnswer(q('multiple', [0, 2]), [0])).toBe(false);
    expect(isRightAnswer(q('multiple', [0, 2]), [0, 2, 2])).toBe(false);
    expect(isRightAnswer(q('ordering', [2, 0, 1]), [2, 0, 1])).toBe(true);
    expect(isRightAnswer(q('ordering', [2, 0, 1]), [0, 2, 1])).toBe(false);
  });

  it('passes a quiz at 70% right answers', () => {
    const questions = [q('single', [0]), q('single', [1]), q('single', [2])];
    expect(scoreQuiz(questions, [[0], [1], [0]])).toEqual({
      correct: 2,
      total: 3,
      passed: false,
      questions: [true, true, false],
    });
    expect(scoreQuiz(questions, [[0], [1], [2]]).passed).toBe(true);
    expect(scoreQuiz(questions, []).correct).toBe(0);
  });

  it('finds malformed questions', () => {
    expect(questionProblem(q('single', [0, 1]), 3)).toMatch(/exactly one/);
    expect(questionProblem(q('single', [5]), 3)).toMatch(/does not exist/);
    expect(questionProblem(q('ordering', [0, 1]), 3)).toMatch(/every option/);
    expect(questionProblem(q('multiple', [1, 1]), 3)).toMatch(/twice/);
    expect(questionProblem(q('multiple', [0, 2]), 3)).toBeNull();
  });
});

describe('progress', () => {
  it('counts and finds what comes next', () => {
    expect(progressOf(1, 3)).toEqual({ completed: 1, total: 3, percent: 33 });
    expect(progressOf(0, 0).percent).toBe(0);
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(nextItem(items, new Set(['a']))).toEqual({ id: 'b' });
    expect(nextItem(items, new Set(['a', 'b', 'c']))).toBeNull();
  });
});
