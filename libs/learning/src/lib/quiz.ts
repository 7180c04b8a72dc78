import { QuestionKind, type QuizQuestion, type QuizResult } from '@passerelle/contracts';

/** Share of right answers a quiz needs to count as passed. */
export const QUIZ_PASS_RATIO = 0.7;

/** Whether `given` answers `question`: order matters only for ordering questions. */
export function isRightAnswer(question: QuizQuestion, given: readonly number[]): boolean {
  const expected = question.answer;
  if (question.kind === QuestionKind.Ordering) {
    return given.length === expected.length && given.every((option, i) => option === expected[i]);
  }
  const set = new Set(given);
  return (
    set.size === given.length && set.size === expected.length && expected.every((o) => set.has(o))
  );
}

export function scoreQuiz(
  questions: readonly QuizQuestion[],
  answers: readonly number[][],
): QuizResult {
  const results = questions.map((question, i) => isRightAnswer(question, answers[i] ?? []));
  const correct = results.filter(Boolean).length;
  return {
    correct,
    total: questions.length,
    passed: questions.length > 0 && correct / questions.length >= QUIZ_PASS_RATIO,
    questions: results,
  };
}

/** Why a question is malformed, or null: the rule lives in the contracts, shared with the console. */
export { questionProblem } from '@passerelle/contracts';
