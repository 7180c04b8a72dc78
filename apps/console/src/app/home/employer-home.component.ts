import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type EmployerHome, HOME_RECENT_DAYS } from '@passerelle/contracts';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { formatDate } from '../shared/format';
import { homeData } from './home-data';

/** An employer's home: new applications, and the candidates of each open job. */
@Component({
  selector: 'pc-employer-home',
  imports: [RouterLink, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', './home.css'],
  template: `
    @if (home.error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (home.data(); as h) {
      <section aria-labelledby="home-applications" class="card">
        <h2 id="home-applications">
          {{ 'home.newApplications' | t: { days: recentDays } }} ({{ h.newApplications.length }})
        </h2>
        @if (h.newApplications.length === 0) {
          <p>{{ 'home.newApplicationsEmpty' | t: { days: recentDays } }}</p>
        } @else {
          <ul class="plain-list people" data-testid="home-applications">
            @for (a of h.newApplications; track a.id) {
              <li>
                <a [routerLink]="jobPath(a.organisationId, a.jobId, 'pipeline')">
                  {{ 'home.applied' | t: { name: a.learner.displayName, job: a.jobTitle } }}
                </a>
                <span class="meta">{{ date(a.createdAt) }}</span>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="home-jobs" class="card">
        <h2 id="home-jobs">{{ 'home.openJobs' | t }} ({{ h.openJobs.length }})</h2>
        @if (h.openJobs.length === 0) {
          <p>{{ 'home.openJobsEmpty' | t }}</p>
          @for (o of h.organisations; track o.id) {
            <p>
              <a [routerLink]="['/organisations', o.id]">{{ o.name }}</a>
            </p>
          }
        } @else {
          <div class="table-wrap">
            <table class="cards" data-testid="home-jobs">
              <thead>
                <tr>
                  <th scope="col">{{ 'home.job' | t }}</th>
                  <th scope="col" class="num">{{ 'home.candidates' | t }}</th>
                  <th scope="col" class="num">{{ 'home.newCount' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (j of h.openJobs; track j.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="jobPath(j.organisationId, j.id, 'candidates')">{{
                        j.title
                      }}</a>
                    </th>
                    <td class="num" [attr.data-label]="'home.candidates' | t">
                      <a [routerLink]="jobPath(j.organisationId, j.id, 'pipeline')">{{
                        j.candidates
                      }}</a>
                    </td>
                    <td class="num" [attr.data-label]="'home.newCount' | t">
                      {{ j.newApplications }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>
    }
  `,
})
export class EmployerHomeComponent {
  private readonly i18n = inject(I18n);
  protected readonly recentDays = HOME_RECENT_DAYS;
  protected readonly home = homeData<EmployerHome>('/api/home/employer');

  protected jobPath(organisationId: string, jobId: string, page: string): string[] {
    return ['/organisations', organisationId, 'jobs', jobId, page];
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }
}
