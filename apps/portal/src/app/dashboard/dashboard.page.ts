import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type CourseView, isStaffRole } from '@passerelle/contracts';
import { Session } from '@passerelle/web-auth';
import { I18n, IconComponent, TranslatePipe } from '@passerelle/web-ui';

import { CoursesApi } from '../courses/courses.api';
import { ProgressBarComponent } from '../courses/progress-bar.component';

/** The learner's home: the skills check to come, their courses, their profile to come. */
@Component({
  selector: 'pl-dashboard-page',
  imports: [IconComponent, RouterLink, TranslatePipe, ProgressBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.account(); as account) {
      <div class="page">
        <h1 data-testid="greeting">
          {{ 'dashboard.greeting' | t: { name: account.displayName } }}
        </h1>
        <p>{{ 'dashboard.intro' | t }}</p>
        @if (isStaff(account.role)) {
          <p class="alert alert--success">
            <a href="/console/">{{ 'console.title' | t }}</a>
          </p>
        }
        <ol class="next-steps">
          <li class="card">
            <h2><pa-icon name="book" /> {{ 'dashboard.courses.title' | t }}</h2>
            @for (course of courses(); track course.id) {
              <div class="my-course" [attr.lang]="course.language">
                <a [routerLink]="['/courses', course.id]">{{ course.title }}</a>
                @if (course.progress; as progress) {
                  <pl-progress-bar [progress]="progress" />
                }
              </div>
            } @empty {
              <p>{{ 'courses.empty' | t }}</p>
            }
            <a class="button button--secondary" routerLink="/courses" data-testid="find-course">
              {{ 'courses.find' | t }}
            </a>
          </li>
          <li class="card">
            <h2><pa-icon name="compass" /> {{ 'dashboard.assessment.title' | t }}</h2>
            <p>{{ 'dashboard.assessment.body' | t }}</p>
            <span class="badge">{{ 'common.comingSoon' | t }}</span>
          </li>
          <li class="card">
            <h2><pa-icon name="person" /> {{ 'dashboard.profile.title' | t }}</h2>
            <p>{{ 'dashboard.profile.body' | t }}</p>
          </li>
        </ol>
      </div>
    }
  `,
  styles: `
    .next-steps {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .my-course {
      margin-block-end: var(--pa-space);
    }
  `,
})
export class DashboardPage {
  protected readonly session = inject(Session);
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  protected readonly isStaff = isStaffRole;
  protected readonly courses = signal<CourseView[]>([]);

  constructor() {
    effect(() => {
      const lang = this.i18n.language();
      this.api.mine(lang).then(
        (courses) => this.courses.set(courses),
        () => this.courses.set([]),
      );
    });
  }
}
