/**
 * Next steps while learning: starting a course from its outline, pages that cannot open, the
 * exercise's verdict and "start again", and how long the skills check takes.
 */
export const learningEn = {
  'learning.start.intro': {
    one: 'This course has 1 step. Start it to open it.',
    other: 'This course has {count} steps. Start it to open them.',
  },
  'learning.start.button': 'Start this course',
  'learning.seeCourse': 'See the course',
  'learning.allCourses': 'See all courses',
  'learning.problem.notEnrolled':
    'You have not started this course yet. Start it to open this step.',
  'learning.problem.courseNotFound': 'We cannot find this course. It may be closed now.',
  'learning.problem.itemNotFound': 'We cannot find this step. It may have moved.',
  'learning.problem.forbidden':
    'This page is not open for your account. Go back, or ask your mentor.',
  'learning.tryAgain': 'Try again',

  'exercise.result.label': 'Result',
  'exercise.result.running': 'Running the examples…',
  'exercise.result.grading': 'Checking your code with every test…',
  'exercise.result.summary': 'Tests passed: {passed} of {total}.',
  'exercise.reset.title': 'Start again?',
  'exercise.reset.body':
    'Your code goes away and the first code comes back. You can undo this after.',
  'exercise.reset.confirm': 'Yes, start again',
  'exercise.reset.cancel': 'No, keep my code',
  'exercise.reset.done': 'The first code is back. Your old code is kept on this device.',
  'exercise.reset.undo': 'Undo: bring my code back',
  'exercise.reset.undone': 'Your code is back.',

  'assessment.length.title': 'How long it takes',
  'assessment.length.questions': 'About {expected} questions (at most {max}).',
  'assessment.length.minutes': 'About {minutes} minutes.',
  'assessment.length.fromAttempts': 'We count from the time other learners took.',
  'assessment.length.fromDefault': 'We count about {seconds} seconds for each question.',
  'dashboard.assessment.length':
    'A test in your language. It shows what you already know. It takes about {minutes} minutes.',
} as const;
