import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { JobMatchView } from '@passerelle/contracts';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

import { BriefcaseIconComponent } from './briefcase-icon.component';
import { JobsStore } from './jobs.store';
import { JobsTabsComponent } from './jobs-tabs.component';
import { MatchComponent } from './match.component';
import { jobFacts } from './work-text';

/** Open jobs, best match first, each with how the learner matches it and why. */
@Component({
  selector: 'pl-jobs-page',
  imports: [RouterLink, TranslatePipe, BriefcaseIconComponent, JobsTabsComponent, MatchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1><pl-briefcase-icon /> {{ 'work.nav.jobs' | t }}</h1>
      <pl-jobs-tabs />
      @if (store.openInvitations() > 0) {
        <p class="alert alert--success" data-testid="invitations-waiting">
          <a routerLink="/jobs/applications">
            {{ 'work.dashboard.invites' | t: { count: store.openInvitations() } }}
          </a>
        </p>
      }
      <p>{{ 'work.intro' | t }}</p>
      <ul class="plain-list">
        @for (job of store.jobs(); track job.jobId) {
          <li class="card" data-testid="job">
            <h2 [id]="'job-' + job.jobId" dir="auto">{{ job.title }}</h2>
            <p class="org" dir="auto">{{ job.organisation.name }}</p>
            <ul class="facts">
              @for (fact of facts(job); track $index) {
                <li dir="auto">{{ fact }}</li>
              }
            </ul>
            @if (job.applicationId) {
              <p>
                <span class="badge" data-testid="job-applied">{{ 'work.applied' | t }}</span>
              </p>
            }
            <pl-match [match]="job.match" />
            <a
              class="button button--secondary button--block"
              [routerLink]="['/jobs', job.jobId]"
              [attr.aria-describedby]="'job-' + job.jobId"
              data-testid="job-open"
            >
              {{ 'work.open' | t }}
            </a>
          </li>
        } @empty {
          <li class="card" data-testid="jobs-empty">{{ 'work.empty' | t }}</li>
        }
      </ul>
    </div>
  `,
  styles: `
    h1 {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    h2 {
      font-size: 1.15rem;
      margin-block-end: 0.25rem;
    }
    .org {
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
      color: var(--pa-ink-soft);
    }
  `,
})
export class JobsPage {
  protected readonly store = inject(JobsStore);
  private readonly i18n = inject(I18n);

  protected facts(job: JobMatchView): string[] {
    return jobFacts(job, (key, params) => this.i18n.t(key, params));
  }
}
