import { QuestionKind, type QuizQuestion } from './learning';

/**
 * Why a question's answer key is malformed for its kind and its number of options, or null:
 * one right option (single), at least one (multiple), every option once in order (ordering).
 * Used by the API when mentors author quizzes and assessment items, and by the console's
 * editors before they send them.
 */
export function questionProblem(
  question: Pick<QuizQuestion, 'kind' | 'answer'>,
  optionCount: number,
): string | null {
  const { kind, answer } = question;
  if (answer.some((i) => !Number.isInteger(i) || i < 0 || i >= optionCount)) {
    return 'answer refers to an option that does not exist';
  }
  if (new Set(answer).size !== answer.length) return 'answer lists an option twice';
  if (kind === QuestionKind.Single && answer.length !== 1)
    return 'a single-choice question has exactly one answer';
  if (kind === QuestionKind.Multiple && answer.length < 1)
    return 'a multiple-choice question has at least one answer';
  if (kind === QuestionKind.Ordering && answer.length !== optionCount) {
    return 'an ordering question orders every option';
  }
  return null;
}
