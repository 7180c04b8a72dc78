import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MatchResult } from '@passerelle/contracts';
import { I18n, TranslatePipe } from '@passerelle/web-ui';

import { JobsStore } from './jobs.store';
import { checkText, type CheckWords } from './work-text';

/** A language's name in the page's language, as a sentence starts with it ("French", "Français"). */
export function languageName(code: string, pageLanguage: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  if (!name || name === code) return code;
  return name.charAt(0).toLocaleUpperCase(pageLanguage) + name.slice(1);
}

/**
 * How the learner matches a job: the score, honest about what it counts, then each requirement
 * against their own evidence in plain words, with its verdict (met, partly, missing).
 */
@Component({
  selector: 'pl-match',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = match();
    <p class="score" data-testid="job-score">
      <strong>{{ 'work.score' | t: { score: m.score } }}</strong>
      <span class="counts">
        {{ 'candidates.profile.counts' | t: { met: m.met, partly: m.partly, missing: m.missing } }}
      </span>
    </p>
    <div class="bar" aria-hidden="true"><span [style.inline-size.%]="m.score"></span></div>
    @if (lines().length > 0) {
      <ul class="checks" data-testid="job-checks">
        @for (line of lines(); track $index) {
          <li [attr.data-status]="line.status" data-testid="job-check">
            <svg class="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="10" />
              @switch (line.status) {
                @case ('met') {
                  <path d="m7 12.5 3.2 3.2L17 9" />
                }
                @case ('partly') {
                  <path d="M7 12h10" />
                }
                @default {
                  <path d="m8.5 8.5 7 7m0-7-7 7" />
                }
              }
            </svg>
            <span>{{ line.text }}</span>
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'candidates.noRequirements' | t }}</p>
    }
  `,
  styles: `
    .score {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75rem;
      margin-block-end: 0.25rem;
    }
    .score strong {
      font-size: 1.1rem;
    }
    .counts {
      color: var(--pa-ink-soft);
      font-size: 0.9rem;
    }
    .bar {
      block-size: 0.5rem;
      border-radius: 999px;
      background: var(--pa-line);
      overflow: hidden;
      margin-block-end: 0.75rem;
    }
    .bar span {
      display: block;
      block-size: 100%;
      background: var(--pa-brand);
    }
    .checks {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
    }
    .checks li {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      padding-block: 0.3rem;
    }
    .mark {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin-block-start: 0.1rem;
      fill: none;
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    [data-status='met'] .mark {
      stroke: var(--pa-success);
    }
    [data-status='partly'] .mark {
      stroke: #8a5a00;
    }
    [data-status='missing'] .mark {
      stroke: var(--pa-danger);
    }
  `,
})
export class MatchComponent {
  readonly match = input.required<MatchResult>();
  private readonly i18n = inject(I18n);
  private readonly store = inject(JobsStore);

  protected readonly lines = computed(() => {
    const language = this.i18n.language();
    const titles = this.store.courseTitles();
    const words: CheckWords = {
      t: (key, params) => this.i18n.t(key, params),
      language: (code) => languageName(code, language),
      // Until the titles arrive, "Course"; a title that is not there is a course unpublished since.
      course: (id) => titles?.get(id) ?? this.i18n.t(titles ? 'jobs.unknownCourse' : 'jobs.course'),
    };
    return this.match().checks.map((check) => ({
      status: check.status,
      text: checkText(check, words),
    }));
  });
}
