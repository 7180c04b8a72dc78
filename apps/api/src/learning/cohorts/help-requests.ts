/**
 * How many open help requests each learner has. Learners ask for help on their coding
 * submissions, which belong to the coding domain; learning does not depend on coding, so it
 * states what it needs here and the coding domain provides it (see coding's module).
 */
export abstract class HelpRequestCounts {
  /** Open help requests by learner id; learners without any are left out. */
  abstract byLearner(learnerIds: string[]): Promise<Map<string, number>>;
}
