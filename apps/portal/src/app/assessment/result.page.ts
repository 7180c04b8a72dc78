import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  AssessmentOverview,
  CompetenceArea,
  PlacementReasonView,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey, type UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AssessmentApi } from './assessment.api';
import {
  areaBars,
  DIGCOMP_AREAS,
  levelLabel,
  longDate,
  reasonText,
  strengthsAndNextSteps,
} from './assessment-text';
import { LevelChartComponent } from './level-chart.component';

/**
 * The learner's latest result: a level per area as a chart, what they do well and what to learn
 * next, and the courses that fit with the reason for each (or the ones their mentor chose).
 */
@Component({
  selector: 'pl-result-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, IconComponent, LevelChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1><pa-icon name="compass" /> {{ 'result.title' | t }}</h1>
      @if (error(); as e) {
        <div class="alert" role="alert">
          <p>{{ e | message }}</p>
          <button class="button button--secondary" type="button" (click)="load()">
            {{ 'assessment.tryAgain' | t }}
          </button>
        </div>
      }
      @if (overview(); as o) {
        @if (o.latest?.result; as result) {
          @if (o.latest?.completedAt; as at) {
            <p class="muted">{{ 'result.doneOn' | t: { date: dateOf(at) } }}</p>
          }
          <p class="lead" data-testid="overall">
            {{ 'result.overall' | t: { level: overallLabel() } }}
          </p>

          <section class="card">
            <pl-level-chart [bars]="digcompBars()" caption="result.chartCaption" />
          </section>
          <section class="card">
            <pl-level-chart [bars]="codingBars()" caption="result.codingCaption" />
          </section>

          <section class="card" data-testid="strengths">
            @if (summary().nextSteps.length > 0) {
              <h2>{{ 'result.strengths' | t }}</h2>
              <ul class="areas">
                @for (area of summary().strengths; track area) {
                  <li>
                    <strong>{{ areaKey(area) | t }}</strong> — {{ levelOf(area) }}
                  </li>
                }
              </ul>
              <h2>{{ 'result.nextSteps' | t }}</h2>
              <ul class="areas" data-testid="next-steps">
                @for (area of summary().nextSteps; track area) {
                  <li>
                    <strong>{{ areaKey(area) | t }}</strong> — {{ levelOf(area) }}
                  </li>
                }
              </ul>
            } @else {
              <h2>{{ 'result.nextSteps' | t }}</h2>
              <p data-testid="all-same">{{ 'result.allSame' | t }}</p>
            }
          </section>

          <section data-testid="recommendations">
            <h2>{{ 'result.courses' | t }}</h2>
            @if (result.override; as override) {
              <div class="alert alert--success" data-testid="mentor-choice">
                <p>{{ 'result.mentorChose' | t: { name: override.by.displayName } }}</p>
                @if (override.note) {
                  <blockquote class="note" dir="auto">{{ override.note }}</blockquote>
                }
              </div>
            } @else {
              <p>{{ 'result.coursesIntro' | t }}</p>
            }
            @for (course of result.recommendations; track course.courseId) {
              <article class="card course" data-testid="recommended-course">
                <!-- In the test's language, which may not be the page's. -->
                <h3 dir="auto">{{ course.title }}</h3>
                @if (course.summary) {
                  <p dir="auto">{{ course.summary }}</p>
                }
                @if (course.reasons.length > 0) {
                  <h4 class="why">{{ 'result.why' | t }}</h4>
                  <ul class="reasons">
                    @for (reason of course.reasons; track reason.area) {
                      <li>{{ reasonOf(reason) }}</li>
                    }
                  </ul>
                }
                <a class="button button--block" [routerLink]="['/courses', course.courseId]">
                  {{ (course.enrolled ? 'result.openCourse' : 'result.seeCourse') | t }}
                  <pa-icon name="sign-in" />
                </a>
              </article>
            } @empty {
              <p class="card">{{ 'result.noCourses' | t }}</p>
            }
          </section>

          <section class="card" data-testid="retake">
            <h2>{{ 'assessment.retake.title' | t }}</h2>
            @if (o.current) {
              <a
                class="button button--secondary"
                [routerLink]="['/assessment/attempts', o.current.id]"
              >
                {{ 'assessment.continue' | t }}
              </a>
            } @else if (o.canStart) {
              <p>{{ 'result.retakeNow' | t }}</p>
              <a class="button button--secondary" routerLink="/assessment" data-testid="retake-now">
                {{ 'assessment.retake' | t }}
              </a>
            } @else if (o.retakeAvailableAt) {
              <p data-testid="retake-later">
                {{ 'assessment.retake.from' | t: { date: dateOf(o.retakeAvailableAt) } }}
              </p>
            }
          </section>
        } @else {
          <p class="card" data-testid="no-result">{{ 'result.none' | t }}</p>
          <a class="button button--block" routerLink="/assessment">
            {{ (o.current ? 'assessment.continue' : 'assessment.start') | t }}
          </a>
        }
      } @else if (!error()) {
        <p role="status">{{ 'common.pleaseWait' | t }}</p>
      }
    </div>
  `,
  styles: `
    h1 {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .muted {
      color: var(--pa-ink-soft);
    }
    .lead {
      font-size: 1.1rem;
      font-weight: 600;
    }
    .areas,
    .reasons {
      padding-inline-start: 1.25rem;
      margin-block: 0 var(--pa-space);
    }
    .areas li + li,
    .reasons li + li {
      margin-block-start: 0.35rem;
    }
    .course h3 {
      font-size: 1.1rem;
    }
    .why {
      font-size: 1rem;
      margin-block: 0 0.25rem;
    }
    .note {
      margin: 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--pa-success);
      white-space: pre-line;
    }
  `,
})
export class ResultPage {
  private readonly api = inject(AssessmentApi);
  private readonly i18n = inject(I18n);
  private readonly t = (key: MessageKey, params?: Record<string, string | number>) =>
    this.i18n.t(key, params);

  protected readonly overview = signal<AssessmentOverview | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  private readonly result = computed(() => this.overview()?.latest?.result ?? null);

  protected readonly digcompBars = computed(() =>
    areaBars(this.t, this.result()?.areas ?? {}, DIGCOMP_AREAS),
  );
  protected readonly codingBars = computed(() =>
    areaBars(this.t, this.result()?.areas ?? {}, ['coding']),
  );
  protected readonly summary = computed(() => strengthsAndNextSteps(this.result()?.areas ?? {}));
  protected readonly overallLabel = computed(() => {
    const overall = this.result()?.overall;
    return overall ? levelLabel(this.t, overall) : '';
  });

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.error.set(null);
    try {
      this.overview.set(await this.api.overview());
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }

  protected readonly areaKey = areaLabel;

  protected levelOf(area: CompetenceArea): string {
    const result = this.result()?.areas[area];
    return result ? levelLabel(this.t, result) : '';
  }

  protected reasonOf(reason: PlacementReasonView): string {
    return reasonText(this.t, reason);
  }

  protected dateOf(iso: string): string {
    return longDate(iso, this.i18n.language());
  }
}
