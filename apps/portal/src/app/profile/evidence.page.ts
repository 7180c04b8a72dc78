import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type CompetenceArea,
  type LanguageSkill,
  LEVEL_MAX,
  levelGroupOf,
} from '@passerelle/contracts';
import type { MessageKey, MessageParams } from '@passerelle/i18n';
import { I18n, TranslatePipe } from '@passerelle/web-ui';
import { spokenLanguageLabel } from '@passerelle/web-ui/spoken-languages';

import { type AreaBar, DIGCOMP_AREAS, levelLabel, longDate } from '../assessment/assessment-text';
import { LevelChartComponent } from '../assessment/level-chart.component';
import { ProfileStore } from './profile.store';

/** The DigComp areas, then coding readiness: the order of the result page. */
const AREAS: readonly CompetenceArea[] = [...DIGCOMP_AREAS, 'coding'];

/** The bars of the chart from the levels alone (the evidence carries no estimate details). */
export function evidenceBars(
  t: (key: MessageKey, params?: MessageParams) => string,
  levels: Partial<Record<CompetenceArea, number>>,
): AreaBar[] {
  return AREAS.flatMap((area) => {
    const level = levels[area];
    if (level === undefined) return [];
    return [
      {
        area,
        level,
        percent: Math.round((level / LEVEL_MAX) * 1000) / 10,
        label: levelLabel(t, { level, group: levelGroupOf(level) }),
      },
    ];
  });
}

/**
 * "What Passerelle knows": facts from the learner's work here, read-only. They cannot be
 * edited, which is why employers can trust them; the learner decides only whether to share.
 */
@Component({
  selector: 'pl-profile-evidence-page',
  imports: [RouterLink, TranslatePipe, LevelChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.view()?.evidence; as e) {
      <h2>{{ 'profile.evidence.title' | t }}</h2>
      <p class="card why" data-testid="evidence-why">{{ 'profile.evidence.why' | t }}</p>

      <section class="card" aria-labelledby="ev-assessment" data-testid="evidence-assessment">
        <h3 id="ev-assessment">{{ 'profile.section.assessment.name' | t }}</h3>
        @if (e.assessment; as a) {
          <p class="muted">{{ 'result.doneOn' | t: { date: dateOf(a.completedAt) } }}</p>
          <pl-level-chart [bars]="bars()" caption="profile.evidence.levelsCaption" />
          <a class="button button--secondary more" routerLink="/assessment/result">
            {{ 'assessment.seeResult' | t }}
          </a>
        } @else {
          <p>{{ 'profile.evidence.noAssessment' | t }}</p>
          <a class="button button--secondary" routerLink="/assessment">
            {{ 'assessment.start' | t }}
          </a>
        }
      </section>

      <section class="card" aria-labelledby="ev-courses" data-testid="evidence-courses">
        <h3 id="ev-courses">{{ 'profile.section.courses.name' | t }}</h3>
        @if (e.completedCourses.length > 0) {
          <ul class="facts">
            @for (course of e.completedCourses; track course.courseId) {
              <li>
                <span dir="auto">{{ course.title }}</span>
                <span class="muted">{{ dateOf(course.completedAt) }}</span>
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'profile.evidence.noCourses' | t }}</p>
        }
      </section>

      <section class="card" aria-labelledby="ev-exercises" data-testid="evidence-exercises">
        <h3 id="ev-exercises">{{ 'profile.section.exercises.name' | t }}</h3>
        @if (e.passedExercises.count > 0) {
          <p>{{ 'profile.evidence.exercisesCount' | t: { count: e.passedExercises.count } }}</p>
          <p class="muted">{{ 'profile.evidence.examples' | t }}</p>
          <ul class="facts">
            @for (example of e.passedExercises.examples; track example.itemId) {
              <li>
                <span dir="auto">{{ example.title }}</span>
                <span class="muted">{{ dateOf(example.passedAt) }}</span>
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'profile.evidence.noExercises' | t }}</p>
        }
      </section>

      <section class="card" aria-labelledby="ev-endorsements" data-testid="evidence-endorsements">
        <h3 id="ev-endorsements">{{ 'profile.section.endorsements.name' | t }}</h3>
        @for (endorsement of e.endorsements; track $index) {
          <figure class="endorsement">
            <blockquote dir="auto">{{ endorsement.body }}</blockquote>
            <figcaption class="muted">
              {{
                'profile.evidence.endorsedBy'
                  | t: { name: endorsement.by.displayName, date: dateOf(endorsement.at) }
              }}
            </figcaption>
          </figure>
        } @empty {
          <p>{{ 'profile.evidence.noEndorsements' | t }}</p>
        }
      </section>

      <section class="card" aria-labelledby="ev-languages" data-testid="evidence-languages">
        <h3 id="ev-languages">{{ 'profile.section.languages.name' | t }}</h3>
        @if (e.languages.length > 0) {
          <ul class="facts">
            @for (l of e.languages; track l.language) {
              <li>
                <span>{{ languageOf(l.language) }}</span>
                <span class="muted">{{ skillKey(l.skill) | t }}</span>
              </li>
            }
          </ul>
          <p class="muted">{{ 'profile.evidence.languagesFrom' | t }}</p>
        } @else {
          <p>{{ 'profile.evidence.noLanguages' | t }}</p>
        }
        <a routerLink="/assessment">{{ 'intake.edit' | t }}</a>
      </section>
    }
  `,
  styles: `
    .why {
      border-inline-start: 4px solid var(--pa-brand);
    }
    .muted {
      color: var(--pa-ink-soft);
    }
    h3 {
      font-size: 1.1rem;
    }
    .more {
      margin-block-start: var(--pa-space);
    }
    .facts {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
    }
    .facts li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 0.75rem;
      padding-block: 0.4rem;
      border-block-end: 1px solid var(--pa-line);
    }
    .endorsement {
      margin: 0 0 var(--pa-space);
    }
    .endorsement blockquote {
      margin: 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--pa-success);
      white-space: pre-line;
    }
  `,
})
export class EvidencePage {
  protected readonly store = inject(ProfileStore);
  private readonly i18n = inject(I18n);

  protected readonly bars = computed(() =>
    evidenceBars(
      (key, params) => this.i18n.t(key, params),
      this.store.view()?.evidence.assessment?.levels ?? {},
    ),
  );

  protected dateOf(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  protected languageOf(code: string): string {
    return spokenLanguageLabel(code, this.i18n.language());
  }

  protected skillKey(skill: LanguageSkill): MessageKey {
    return `intake.skill.${skill}` as MessageKey;
  }
}
