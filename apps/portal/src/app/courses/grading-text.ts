import {
  type AssertionLabel,
  assertionLines,
  type GradingResult,
  PLATFORM_PROBLEMS,
  type ProblemCode,
  type TestResult,
} from '@passerelle/grading';
import type { MessageKey, UiMessage } from '@passerelle/i18n';

import type { Translate } from '../assessment/assessment-text';

/**
 * What went wrong, for the learner: a sentence in their language, and the technical detail
 * (the values and error text of their own code, or the test's) kept as it is.
 */
export interface ProblemText {
  explanation: UiMessage | null;
  detail: string | null;
}

const LABELS: Record<AssertionLabel, MessageKey> = {
  Expected: 'grading.expected',
  Received: 'grading.received',
  'Expected length': 'grading.expectedLength',
  'Received length': 'grading.receivedLength',
  'Expected value': 'grading.expectedValue',
  'Expected pattern': 'grading.expectedPattern',
  'Received string': 'grading.receivedString',
  'Expected path': 'grading.expectedPath',
  'Expected constructor': 'grading.expectedConstructor',
  Thrown: 'grading.thrown',
};

/** An assertion failure with the grader's labels in the learner's language, values as they are. */
export function localAssertion(message: string, t: Translate): string {
  return assertionLines(message)
    .map((line) => {
      switch (line.kind) {
        case 'label':
          return `${t(LABELS[line.label])}: ${line.not ? `${t('grading.not')} ` : ''}${line.value}`;
        case 'did-not-throw':
          return t('grading.didNotThrow');
        case 'text':
          return line.text;
      }
    })
    .join('\n');
}

/** The problem of a test, or of a run that stopped before its tests (`code` and `message`). */
export function problemText(
  code: ProblemCode | null,
  message: string | null,
  t: Translate,
): ProblemText {
  if (code === null) return { explanation: null, detail: message };
  if (code === 'assertion-failed') {
    return { explanation: null, detail: message && localAssertion(message, t) };
  }
  const explanation: UiMessage = { key: `grading.problem.${code}` };
  // Only the platform's words: the translation says all of it.
  if (PLATFORM_PROBLEMS.includes(code)) return { explanation, detail: null };
  return { explanation, detail: message };
}

export function testProblem(test: TestResult, t: Translate): ProblemText {
  return test.status === 'pass'
    ? { explanation: null, detail: null }
    : problemText(test.code, test.message, t);
}

/** A run that stopped before any test ran; the verdict above already says a timeout or memory. */
export function runProblem(result: GradingResult, t: Translate): ProblemText {
  const text = problemText(result.code, result.message, t);
  return result.code === result.status ? { ...text, explanation: null } : text;
}
