import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ItemKind, Role } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import { I18n, IconComponent, loadLatest, TranslatePipe } from '@passerelle/web-ui';

import {
  type CourseProblem,
  CourseProblemComponent,
  courseProblemOf,
} from './course-problem.component';
import { CoursesApi } from './courses.api';
import { ProgressBarComponent } from './progress-bar.component';

/**
 * A course's modules and steps, what is done, and the one next thing to do: start the course
 * (learners may look at the outline first), or its next step.
 */
@Component({
  selector: 'pl-outline-page',
  imports: [RouterLink, TranslatePipe, IconComponent, ProgressBarComponent, CourseProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (problem(); as p) {
        <pl-course-problem
          [problem]="p"
          [courseId]="courseId()"
          [busy]="busy()"
          (enrol)="enrol()"
          (retry)="reload()"
        />
      }
      @if (outline(); as course) {
        <h1 [attr.lang]="course.language">{{ course.title }}</h1>
        @if (course.progress; as progress) {
          <pl-progress-bar [progress]="progress" />
        }
        @if (!course.enrolled && isLearner()) {
          <section class="card start" data-testid="start-course">
            <p [attr.lang]="course.language">{{ course.summary }}</p>
            <p>{{ 'learning.start.intro' | t: { count: course.itemCount } }}</p>
            <button
              class="button button--block"
              type="button"
              (click)="enrol()"
              [disabled]="busy()"
              data-testid="enrol"
            >
              {{ 'learning.start.button' | t }} <pa-icon name="sign-in" />
            </button>
          </section>
        } @else if (course.completedAt) {
          <p class="alert alert--success" role="status">{{ 'courses.completed' | t }}</p>
        } @else if (course.nextItemId) {
          <a
            class="button button--block"
            [routerLink]="['items', course.nextItemId]"
            data-testid="next-step"
          >
            {{ 'courses.next' | t }} <pa-icon name="sign-in" />
          </a>
        }
        @for (module of course.modules; track module.id) {
          <section class="card" [attr.lang]="course.language">
            <h2>{{ module.title }}</h2>
            <ol class="steps">
              @for (item of module.items; track item.id) {
                <li>
                  <a [routerLink]="['items', item.id]">
                    <span class="badge">{{ kindLabel(item.kind) | t }}</span>
                    {{ item.title }}
                  </a>
                  @if (item.completed) {
                    <span class="steps__done">✓ {{ 'courses.done' | t }}</span>
                  }
                </li>
              }
            </ol>
          </section>
        }
      }
    </div>
  `,
  styles: `
    .steps {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .steps li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      min-block-size: var(--pa-tap);
      border-block-end: 1px solid var(--pa-line);
    }
    .steps li:last-child {
      border-block-end: 0;
    }
    .steps a {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.5rem;
    }
    .start p {
      margin-block-start: 0;
    }
    .steps__done {
      color: var(--pa-success);
      font-weight: 600;
      white-space: nowrap;
    }
  `,
})
export class OutlinePage {
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  readonly courseId = input.required<string>();
  /** Only learners enrol; mentors and admins look at the outline. */
  protected readonly isLearner = computed(() => this.session.account()?.role === Role.Learner);
  /** The course's outline in the page's language (kept on screen while it changes). */
  private readonly loaded = loadLatest({
    params: () => ({ courseId: this.courseId(), lang: this.i18n.language() }),
    load: ({ courseId, lang }) => this.api.outline(courseId, lang),
    keep: (previous, next) => previous.courseId === next.courseId,
    explain: (error) => courseProblemOf(error, 'course'),
  });
  protected readonly outline = this.loaded.value;
  private readonly enrolProblem = signal<CourseProblem | null>(null);
  protected readonly problem = computed(() => this.loaded.error() ?? this.enrolProblem());
  protected readonly busy = signal(false);

  protected reload(): void {
    void this.loaded.reload();
  }

  protected async enrol(): Promise<void> {
    this.busy.set(true);
    this.enrolProblem.set(null);
    try {
      await this.api.enrol(this.courseId());
      await this.loaded.reload();
    } catch (error) {
      this.enrolProblem.set(courseProblemOf(error, 'course'));
    } finally {
      this.busy.set(false);
    }
  }

  protected kindLabel(kind: ItemKind): MessageKey {
    return `courses.kind.${kind}`;
  }
}
