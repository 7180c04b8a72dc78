import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type CourseView, isStaffRole, Role } from '@passerelle/contracts';
import { Session } from '@passerelle/web-auth';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AssessmentApi } from '../assessment/assessment.api';
import { questionsLeftMessage } from '../assessment/assessment-text';
import { CoursesApi } from '../courses/courses.api';
import { ProgressBarComponent } from '../courses/progress-bar.component';
import { BriefcaseIconComponent } from '../jobs/briefcase-icon.component';
import { JobsApi } from '../jobs/jobs.api';
import { awaitsAnswer } from '../jobs/work-text';
import { profileStatus, viewsMessage } from '../profile/consent';
import { ProfileApi } from '../profile/profile.api';

/**
 * The learner's home: the skills check (start, continue or see the result), their courses,
 * mentors' feedback with what is unread, open jobs and interview invitations, and whether
 * employers can see their profile.
 */
@Component({
  selector: 'pl-dashboard-page',
  imports: [
    BriefcaseIconComponent,
    IconComponent,
    MessagePipe,
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    ProgressBarComponent,
  ],
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
          @if (assessmentFirst()) {
            <ng-container [ngTemplateOutlet]="assessmentCard" />
          }
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
          @if (feedback(); as f) {
            @if (f.entries.length > 0) {
              <li class="card" data-testid="feedback-card">
                <h2>{{ 'feedback.title' | t }}</h2>
                <p data-testid="unread-feedback">
                  @if (f.unread > 0) {
                    <span class="badge">{{ f.unread }}</span>
                    {{ 'feedback.unread' | t: { count: f.unread } }}
                  } @else {
                    {{ 'feedback.allRead' | t }}
                  }
                </p>
                <ul class="plain-list">
                  @for (entry of f.entries.slice(0, 3); track entry.id) {
                    <li>
                      <a [routerLink]="['/courses', entry.courseId, 'items', entry.itemId]">
                        {{ entry.itemTitle }}
                      </a>
                      @if (!entry.read) {
                        <span class="badge">{{ 'feedback.new' | t }}</span>
                      }
                      <p class="feedback-snippet">
                        {{ entry.author.displayName }}: {{ entry.body }}
                      </p>
                    </li>
                  }
                </ul>
              </li>
            }
          }
          @if (!assessmentFirst()) {
            <ng-container [ngTemplateOutlet]="assessmentCard" />
          }
          @if (isLearner()) {
            <li class="card" data-testid="jobs-card">
              <h2><pl-briefcase-icon /> {{ 'work.nav.jobs' | t }}</h2>
              @if (work(); as w) {
                <p data-testid="jobs-count">{{ 'work.dashboard.jobs' | t: { count: w.jobs } }}</p>
                @if (w.invitations > 0) {
                  <p data-testid="jobs-invitations">
                    <strong>{{ 'work.dashboard.invites' | t: { count: w.invitations } }}</strong>
                  </p>
                }
              }
              <a class="button button--secondary" routerLink="/jobs" data-testid="open-jobs">
                {{ 'work.dashboard.open' | t }}
              </a>
            </li>
            <li class="card" data-testid="profile-card">
              <h2><pa-icon name="person" /> {{ 'dashboard.profile.title' | t }}</h2>
              @if (profile(); as p) {
                <p data-testid="profile-state">
                  <strong>{{ profileStatus(p.consent) | message }}</strong>
                </p>
                @if (!p.consent.openToWork) {
                  <p>{{ 'profile.dashboard.intro' | t }}</p>
                }
                @if (p.views !== null) {
                  <p data-testid="profile-views">{{ viewsMessage(p.views) | message }}</p>
                }
              } @else {
                <p>{{ 'profile.dashboard.intro' | t }}</p>
              }
              <a class="button button--secondary" routerLink="/profile" data-testid="open-profile">
                {{ 'profile.dashboard.open' | t }}
              </a>
            </li>
          }
        </ol>
      </div>
    }
    <ng-template #assessmentCard>
      <li class="card" data-testid="assessment-card">
        <h2><pa-icon name="compass" /> {{ 'dashboard.assessment.title' | t }}</h2>
        @let o = assessment();
        @if (o?.current; as current) {
          <p>
            {{ 'assessment.dashboard.inProgress' | t }}
            {{ questionsLeft(current.questionsLeft) | message }}
          </p>
          <a
            class="button button--block"
            [routerLink]="['/assessment/attempts', current.id]"
            data-testid="assessment-continue"
          >
            {{ 'assessment.continue' | t }} <pa-icon name="sign-in" />
          </a>
        } @else if (o?.latest?.result) {
          <p>{{ 'assessment.dashboard.done' | t }}</p>
          <a
            class="button button--secondary"
            routerLink="/assessment/result"
            data-testid="assessment-result"
          >
            {{ 'assessment.seeResult' | t }}
          </a>
        } @else {
          <p data-testid="assessment-intro">
            @if (o) {
              {{ 'dashboard.assessment.length' | t: { minutes: o.length.minutes } }}
            } @else {
              {{ 'dashboard.assessment.body' | t }}
            }
          </p>
          @if (isLearner()) {
            <a class="button button--block" routerLink="/assessment" data-testid="assessment-start">
              {{ 'assessment.start' | t }} <pa-icon name="sign-in" />
            </a>
          }
        }
      </li>
    </ng-template>
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
    .feedback-snippet {
      margin: 0.25rem 0 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
})
export class DashboardPage {
  protected readonly session = inject(Session);
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  protected readonly isStaff = isStaffRole;
  protected readonly isLearner = computed(() => this.session.account()?.role === Role.Learner);
  /** The learner's courses and mentors' feedback, in the page's language; none if they fail. */
  private readonly myCourses = loadLatest({
    params: () => this.i18n.language(),
    load: (lang) => this.api.mine(lang),
    keep: true,
  });
  protected readonly courses = computed<CourseView[]>(() =>
    this.myCourses.error() ? [] : (this.myCourses.value() ?? []),
  );
  private readonly myFeedback = loadLatest({
    params: () => ({
      lang: this.i18n.language(),
      learner: this.session.account()?.role === Role.Learner,
    }),
    load: async ({ lang, learner }) => (learner ? this.api.feedback(lang) : null),
    keep: true,
  });
  protected readonly feedback = computed(() =>
    this.myFeedback.error() ? null : this.myFeedback.value(),
  );
  protected readonly questionsLeft = questionsLeftMessage;
  private readonly assessments = inject(AssessmentApi);
  private readonly overview = loadLatest({
    params: () => this.isLearner(),
    load: async (learner) => (learner ? this.assessments.overview() : null),
  });
  protected readonly assessment = computed(() =>
    this.overview.error() ? null : this.overview.value(),
  );
  private readonly profiles = inject(ProfileApi);
  /** What employers can see of the learner, and how often they looked (null: not known). */
  private readonly sharing = loadLatest({
    params: () => this.isLearner(),
    load: async (learner) => {
      if (!learner) return null;
      const [mine, views] = await Promise.allSettled([
        this.profiles.mine(this.i18n.language()),
        this.profiles.views(),
      ]);
      return mine.status === 'fulfilled'
        ? {
            consent: mine.value.consent,
            views: views.status === 'fulfilled' ? views.value.length : null,
          }
        : null;
    },
  });
  protected readonly profile = this.sharing.value;
  protected readonly profileStatus = profileStatus;
  private readonly jobs = inject(JobsApi);
  /** Open jobs for the learner, and interview invitations waiting for their answer. */
  private readonly openWork = loadLatest({
    params: () => this.isLearner(),
    load: async (learner) => {
      if (!learner) return null;
      const [jobs, applications] = await Promise.all([
        this.jobs.matches(),
        this.jobs.applications(),
      ]);
      return { jobs: jobs.length, invitations: applications.filter(awaitsAnswer).length };
    },
  });
  protected readonly work = computed(() => (this.openWork.error() ? null : this.openWork.value()));
  protected readonly viewsMessage = viewsMessage;
  /** Right after sign-up, the skills check is the first thing to do; afterwards, the courses. */
  protected readonly assessmentFirst = computed(
    () => this.isLearner() && !this.assessment()?.latest?.result,
  );
}
