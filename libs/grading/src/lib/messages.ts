import type { ProblemCode } from './protocol';

/**
 * The words the grader's own harness writes at the start of a line of an assertion failure
 * ("Expected: 3", "Received: 4"). The apps translate these labels and keep what follows them
 * (values from the learner's code) as it is. The grader's spec checks the harness uses no other.
 */
export const ASSERTION_LABELS = [
  'Expected',
  'Received',
  'Expected length',
  'Received length',
  'Expected value',
  'Expected pattern',
  'Received string',
  'Expected path',
  'Expected constructor',
  'Thrown',
] as const;
export type AssertionLabel = (typeof ASSERTION_LABELS)[number];

/** A whole line the harness writes in words (`toThrow` on a function that did not throw). */
export const DID_NOT_THROW = 'Received function did not throw';

/**
 * Problems whose message is only the platform's words, with nothing of the learner's code in
 * it: the apps show their own translation instead of the message.
 */
export const PLATFORM_PROBLEMS: readonly ProblemCode[] = [
  'timeout',
  'memory-limit',
  'never-finished',
  'no-tests',
  'grader-failed',
];

/** One line of an assertion failure: a label the apps translate and the value kept as is. */
export type AssertionLine =
  | { kind: 'label'; label: AssertionLabel; not: boolean; value: string }
  | { kind: 'did-not-throw' }
  | { kind: 'text'; text: string };

// Longest first, so that "Expected length" is not read as "Expected".
const LABELS_LONGEST_FIRST = [...ASSERTION_LABELS].sort((a, b) => b.length - a.length);

/** An assertion failure's message, line by line (the first line is the `expect(…)` call). */
export function assertionLines(message: string): AssertionLine[] {
  return message.split('\n').map((line): AssertionLine => {
    if (line === DID_NOT_THROW) return { kind: 'did-not-throw' };
    const label = LABELS_LONGEST_FIRST.find((l) => line.startsWith(`${l}:`));
    if (!label) return { kind: 'text', text: line };
    const rest = line.slice(label.length + 1).trimStart();
    const not = rest.startsWith('not ');
    return { kind: 'label', label, not, value: not ? rest.slice(4) : rest };
  });
}
