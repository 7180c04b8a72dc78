import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProblemType } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError, problemOf } from '@passerelle/web-auth';
import { MessagePipe, TranslatePipe } from '@passerelle/web-ui';

/** What to offer when a course page cannot open: never "you can't" without a next step. */
export type CourseProblemKind = 'not-enrolled' | 'course-not-found' | 'item-not-found' | 'other';

export interface CourseProblem {
  kind: CourseProblemKind;
  message: UiMessage;
}

/** A failed course request, with the next step it calls for. `on` says what was asked for. */
export function courseProblemOf(error: unknown, on: 'course' | 'item'): CourseProblem {
  const problem = problemOf(error);
  switch (problem?.type) {
    case ProblemType.NotEnrolled:
      return { kind: 'not-enrolled', message: { key: 'learning.problem.notEnrolled' } };
    case ProblemType.NotFound:
      return on === 'course'
        ? { kind: 'course-not-found', message: { key: 'learning.problem.courseNotFound' } }
        : { kind: 'item-not-found', message: { key: 'learning.problem.itemNotFound' } };
    case ProblemType.Forbidden:
      return { kind: 'other', message: { key: 'learning.problem.forbidden' } };
    default:
      return { kind: 'other', message: explainError(error).message };
  }
}

/**
 * The message, and the next step: start the course, see the course or all courses, or try
 * again (the page's back link is there too).
 */
@Component({
  selector: 'pl-course-problem',
  imports: [RouterLink, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = problem();
    <div
      [class]="p.kind === 'not-enrolled' ? 'card' : 'alert'"
      role="alert"
      data-testid="course-problem"
    >
      <p>{{ p.message | message }}</p>
      <div class="actions">
        @switch (p.kind) {
          @case ('not-enrolled') {
            <button
              class="button"
              type="button"
              (click)="enrol.emit()"
              [disabled]="busy()"
              data-testid="problem-enrol"
            >
              {{ 'learning.start.button' | t }}
            </button>
          }
          @case ('item-not-found') {
            <a class="button button--secondary" [routerLink]="['/courses', courseId()]">
              {{ 'learning.seeCourse' | t }}
            </a>
          }
          @case ('course-not-found') {
            <a class="button button--secondary" routerLink="/courses" data-testid="all-courses">
              {{ 'learning.allCourses' | t }}
            </a>
          }
          @default {
            <button class="button button--secondary" type="button" (click)="retry.emit()">
              {{ 'learning.tryAgain' | t }}
            </button>
            <a class="button button--quiet" routerLink="/courses">
              {{ 'learning.allCourses' | t }}
            </a>
          }
        }
      </div>
    </div>
  `,
  styles: `
    p {
      margin-block-start: 0;
    }
  `,
})
export class CourseProblemComponent {
  readonly problem = input.required<CourseProblem>();
  readonly courseId = input<string | null>(null);
  readonly busy = input(false);
  readonly enrol = output<void>();
  readonly retry = output<void>();
}
