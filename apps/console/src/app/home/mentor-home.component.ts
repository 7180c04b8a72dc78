import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  HOME_RECENT_DAYS,
  INACTIVE_AFTER_DAYS,
  type LearnerAttention,
  type MentorHome,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { formatDate } from '../assessment/format';
import { HomeTileComponent } from './home-tile.component';

/** A mentor's home: what waits in their cohorts, each count leading to where it is handled. */
@Component({
  selector: 'pc-mentor-home',
  imports: [RouterLink, TranslatePipe, MessagePipe, HomeTileComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.css',
  template: `
    @if (error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (home(); as h) {
      <h2>{{ 'home.waiting' | t }}</h2>
      <ul class="tiles">
        <li>
          <pc-home-tile
            [count]="h.helpRequests"
            label="home.helpRequests"
            link="/review"
            [query]="{ status: 'needs-help' }"
            [alert]="true"
            testId="home-help"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.submissionsToReview"
            label="home.toReview"
            [params]="{ days: recentDays }"
            link="/review"
            testId="home-review"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.recentAssessments"
            label="home.assessments"
            [params]="{ days: recentDays }"
            link="/assessment"
            testId="home-assessments"
          />
        </li>
        <li>
          <pc-home-tile
            [count]="h.learners"
            label="home.learners"
            link="/cohorts"
            testId="home-learners"
          />
        </li>
      </ul>

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
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly recentDays = HOME_RECENT_DAYS;
  protected readonly inactiveDays = INACTIVE_AFTER_DAYS;
  protected readonly home = signal<MentorHome | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    effect(() => void this.load(this.i18n.language()));
  }

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

  private async load(lang: string): Promise<void> {
    try {
      this.home.set(
        await firstValueFrom(
          this.http.get<MentorHome>('/api/home/mentor', {
            params: new HttpParams().set('lang', lang),
          }),
        ),
      );
      this.error.set(null);
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }
}
