import { HttpErrorResponse } from '@angular/common/http';
import { ProblemType } from '@passerelle/contracts';

import { courseProblemOf } from './course-problem.component';

const problem = (status: number, type: string) =>
  new HttpErrorResponse({ status, error: { type, status, title: 't', detail: 'd' } });

describe('courseProblemOf', () => {
  it('offers to start the course when a step needs it', () => {
    expect(courseProblemOf(problem(403, ProblemType.NotEnrolled), 'item')).toEqual({
      kind: 'not-enrolled',
      message: { key: 'learning.problem.notEnrolled' },
    });
  });

  it('points from a missing course to the others, and from a missing step to its course', () => {
    expect(courseProblemOf(problem(404, ProblemType.NotFound), 'course').kind).toBe(
      'course-not-found',
    );
    expect(courseProblemOf(problem(404, ProblemType.NotFound), 'item').kind).toBe('item-not-found');
  });

  it('never says "you may not" alone: a refusal says to go back or ask a mentor', () => {
    expect(courseProblemOf(problem(403, ProblemType.Forbidden), 'item')).toEqual({
      kind: 'other',
      message: { key: 'learning.problem.forbidden' },
    });
  });

  it('offers to try again when the connection failed', () => {
    expect(courseProblemOf(new HttpErrorResponse({ status: 0 }), 'course')).toEqual({
      kind: 'other',
      message: { key: 'errors.network' },
    });
  });
});
