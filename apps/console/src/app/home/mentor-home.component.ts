import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  HOME_RECENT_DAYS,
  INACTIVE_AFTER_DAYS,
  type LearnerAttention,
  type MentorHome,
} from '@passerelle/contracts';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { formatDate } from '../shared/format';
import { homeData } from './home-data';
import { type HomeTile, HomeTilesComponent } from './home-tiles.component';

/** A mentor's home: what waits in their cohorts, each count leading to where it is handled. */
@Component({
  selector: 'pc-mentor-home',
  imports: [RouterLink, TranslatePipe, MessagePipe, HomeTilesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.css',
  template: `
    @if (home.error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (home.data(); as h) {
      <h2>{{ 'home.waiting' | t }}</h2>
      <pc-home-tiles [tiles]="tiles()" />

      <section aria-labelledby="home-attention" class="card">
        <h2 id="home-attention">{{ 'home.attention' | t }} ({{ h.stuck.length }})</h2>
        @if (h.stuck.length === 0) {
          <p>{{ 'home.attentionEmpty' | t }}</p>
        } @else {
          <ul class="plain-list people" data-testid="home-stuck">
            @for (a of h.stuck; track a.learner.id + a.itemId) {
              <li>
                <a [routerLink]="['/assessment/learners', a.learner.id]">{{
                  a.learner.displayName
                }}</a>
                <a routerLink="/review" [queryParams]="reviewQuery(a)">
                  @if (a.reason === 'help') {
                    {{ 'home.reason.help' | t: { item: a.itemTitle ?? '' } }}
                  } @else {
                    {{ 'home.reason.failing' | t: { count: a.failures, item: a.itemTitle ?? '' } }}
                  }
                </a>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="home-inactive" class="card">
        <h2 id="home-inactive">
          {{ 'home.inactive' | t: { days: inactiveDays } }} ({{ h.inactive.length }})
        </h2>
        @if (h.inactive.length === 0) {
          <p>{{ 'home.inactiveEmpty' | t: { days: inactiveDays } }}</p>
        } @else {
          <ul class="plain-list people" data-testid="home-inactive">
            @for (a of h.inactive; track a.learner.id) {
              <li>
                <a [routerLink]="['/assessment/learners', a.learner.id]">{{
                  a.learner.displayName
                }}</a>
                <span class="meta">
                  @if (a.lastActiveAt; as at) {
                    {{ 'home.lastActive' | t: { date: date(at) } }}
                  } @else {
                    {{ 'home.neverActive' | t }}
                  }
                </span>
                <a [routerLink]="['/cohorts', a.cohortId]">{{ 'home.openCohort' | t }}</a>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
})
export class MentorHomeComponent {
  private readonly i18n = inject(I18n);
  protected readonly inactiveDays = INACTIVE_AFTER_DAYS;
  protected readonly home = homeData<MentorHome>('/api/home/mentor', () => ({
    lang: this.i18n.language(),
  }));
  protected readonly tiles = computed((): HomeTile[] => {
    const h = this.home.data();
    if (!h) return [];
    const days = { days: HOME_RECENT_DAYS };
    return [
      {
        count: h.helpRequests,
        label: 'home.helpRequests',
        link: '/review',
        query: { status: 'needs-help' },
        alert: true,
        testId: 'home-help',
      },
      { count: h.submissionsToReview, label: 'home.toReview', params: days, link: '/review' },
      { count: h.recentAssessments, label: 'home.assessments', params: days, link: '/assessment' },
      { count: h.learners, label: 'home.learners', link: '/cohorts', testId: 'home-learners' },
    ];
  });

  /** The review feed narrowed to the exercise: its help requests, or every try at it. */
  protected reviewQuery(a: LearnerAttention): Record<string, string> {
    return {
      courseId: a.courseId ?? '',
      itemId: a.itemId ?? '',
      ...(a.reason === 'help' ? { status: 'needs-help' } : { cohortId: a.cohortId }),
    };
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }
}
