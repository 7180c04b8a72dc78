/**
 * The grader's words on exercise results, in the learner's language: the labels of assertion
 * failures and one sentence per problem code. Values and error texts from the learner's code
 * are shown as they are.
 */
export const gradingEn = {
  'grading.expected': 'Expected',
  'grading.received': 'Received',
  'grading.expectedLength': 'Expected length',
  'grading.receivedLength': 'Received length',
  'grading.expectedValue': 'Expected value',
  'grading.expectedPattern': 'Expected pattern',
  'grading.receivedString': 'Received text',
  'grading.expectedPath': 'Expected property',
  'grading.expectedConstructor': 'Expected type',
  'grading.thrown': 'Error thrown',
  'grading.not': 'not',
  'grading.didNotThrow': 'The function did not throw an error.',
  'grading.problem.assertion-failed': 'The result is not the one the test expects.',
  'grading.problem.exception': 'Your code stopped with an error. The error says:',
  'grading.problem.syntax-error':
    'Something is not written right in the code (a syntax error). Look at the line it names:',
  'grading.problem.module-not-found': 'The tests could not find your file. The error says:',
  'grading.problem.missing-export':
    'The tests could not find your function. Check its name and the word “export”. The error says:',
  'grading.problem.stack-overflow':
    'A function calls itself again and again, without end. The error says:',
  'grading.problem.no-tests': 'This exercise has no tests to run. Please tell your mentor.',
  'grading.problem.never-finished':
    'This test never finished: it waits for something that never happens.',
  'grading.problem.timeout':
    'The code ran longer than allowed and was stopped. Is there a loop that never ends?',
  'grading.problem.memory-limit': 'The code used more memory than allowed.',
  'grading.problem.grader-failed':
    'Passerelle could not check this code. Please try again in a moment.',
} as const;
