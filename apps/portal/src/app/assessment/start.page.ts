import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AssessmentOverview, IntakeProfile, LanguageCode } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { AssessmentApi, assessmentProblem, retakeAvailableAtOf } from './assessment.api';
import { longDate, questionsLeftMessage } from './assessment-text';
import { IntakeFormComponent } from './intake-form.component';
import { TestLanguageComponent } from './test-language.component';

/**
 * Where the skills check starts: the intake first (once), then the language of the test and
 * Start; or Continue for a test in progress; or the last result and when to take it again.
 */
@Component({
  selector: 'pl-assessment-start-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MessagePipe,
    IconComponent,
    IntakeFormComponent,
    TestLanguageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1 tabindex="-1" #heading><pa-icon name="compass" /> {{ 'assessment.title' | t }}</h1>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="start-error">
          <p>{{ e | message }}</p>
          @if (!overview()) {
            <button class="button button--secondary" type="button" (click)="load()">
              {{ 'assessment.tryAgain' | t }}
            </button>
          }
        </div>
      }
      @if (overview(); as o) {
        @if (!o.intake || editingIntake()) {
          @if (!o.intake) {
            <p class="step">{{ 'assessment.start.step' | t: { step: 1, steps: 2 } }}</p>
          }
          <pl-intake-form
            [initial]="o.intake"
            (saved)="intakeSaved($event)"
            (cancelled)="editingIntake.set(false)"
          />
        } @else if (o.current; as current) {
          <section class="card" data-testid="attempt-in-progress">
            <h2>{{ 'assessment.start.inProgress' | t }}</h2>
            <p>{{ questionsLeft(current.questionsLeft) | message }}</p>
            <a
              class="button button--block"
              [routerLink]="['/assessment/attempts', current.id]"
              data-testid="continue-test"
            >
              {{ 'assessment.continue' | t }} <pa-icon name="sign-in" />
            </a>
          </section>
        } @else {
          @if (savedNow()) {
            <p class="alert alert--success" role="status">{{ 'intake.saved' | t }}</p>
          }
          @if (o.latest; as latest) {
            <section class="card" data-testid="latest-result">
              <h2>{{ 'assessment.start.done' | t }}</h2>
              @if (latest.completedAt) {
                <p>{{ 'assessment.start.doneOn' | t: { date: dateOf(latest.completedAt) } }}</p>
              }
              <a
                class="button button--block"
                routerLink="/assessment/result"
                data-testid="see-result"
              >
                {{ 'assessment.seeResult' | t }}
              </a>
            </section>
          } @else {
            <p class="step">{{ 'assessment.start.step' | t: { step: 2, steps: 2 } }}</p>
            <section class="card">
              <h2>{{ 'assessment.start.howTitle' | t }}</h2>
              <ul class="how">
                <li>{{ 'assessment.start.how1' | t }}</li>
                <li>{{ 'assessment.start.how2' | t }}</li>
                <li>{{ 'assessment.start.how3' | t }}</li>
                <li>{{ 'assessment.start.how4' | t }}</li>
              </ul>
            </section>
          }
          @if (o.canStart) {
            <section class="card" data-testid="test-length">
              <h2>{{ 'assessment.length.title' | t }}</h2>
              <p>
                {{
                  'assessment.length.questions'
                    | t: { expected: o.length.expectedQuestions, max: o.length.maxQuestions }
                }}
                {{ 'assessment.length.minutes' | t: { minutes: o.length.minutes } }}
              </p>
              <p class="field__hint">
                @if (o.length.timeFrom === 'answers') {
                  {{ 'assessment.length.fromAttempts' | t }}
                } @else {
                  {{
                    'assessment.length.fromDefault' | t: { seconds: o.length.secondsPerQuestion }
                  }}
                }
              </p>
            </section>
            <section class="card">
              @if (o.latest) {
                <h2>{{ 'assessment.retake.title' | t }}</h2>
              }
              <pl-test-language
                [languages]="o.languages"
                [value]="language()"
                (valueChange)="chosenLanguage.set($event)"
              />
              <button
                class="button button--block"
                type="button"
                (click)="start()"
                [disabled]="busy()"
                data-testid="start-test"
              >
                {{
                  (busy()
                    ? 'common.pleaseWait'
                    : o.latest
                      ? 'assessment.retake'
                      : 'assessment.start'
                  ) | t
                }}
                <pa-icon name="sign-in" />
              </button>
            </section>
          } @else if (o.retakeAvailableAt) {
            <p class="card" data-testid="retake-later">
              {{ 'assessment.retake.from' | t: { date: dateOf(o.retakeAvailableAt) } }}
            </p>
          }
          <button
            class="button button--quiet"
            type="button"
            (click)="editingIntake.set(true)"
            data-testid="edit-intake"
          >
            <pa-icon name="person" /> {{ 'intake.edit' | t }}
          </button>
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
    h1:focus {
      outline: none;
    }
    .step {
      color: var(--pa-ink-soft);
      font-weight: 600;
    }
    .how {
      padding-inline-start: 1.25rem;
      margin: 0;
    }
    .how li + li {
      margin-block-start: 0.5rem;
    }
  `,
})
export class AssessmentStartPage {
  private readonly api = inject(AssessmentApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly overview = signal<AssessmentOverview | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly editingIntake = signal(false);
  protected readonly savedNow = signal(false);
  protected readonly chosenLanguage = signal<LanguageCode | null>(null);
  /** The test's language: the learner's choice, else the page's when the test has it. */
  protected readonly language = computed<LanguageCode>(() => {
    const languages = this.overview()?.languages ?? [];
    const chosen = this.chosenLanguage();
    if (chosen && languages.includes(chosen)) return chosen;
    const page = this.i18n.language();
    return languages.includes(page) ? page : (languages[0] ?? page);
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

  protected readonly questionsLeft = questionsLeftMessage;

  protected dateOf(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  protected intakeSaved(intake: IntakeProfile): void {
    this.overview.update((o) => (o ? { ...o, intake } : o));
    this.editingIntake.set(false);
    this.savedNow.set(true);
    // The form is gone: bring a screen reader back to the top of the next step.
    afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
  }

  protected async start(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const attempt = await this.api.start(this.language());
      await this.router.navigate(['/assessment/attempts', attempt.id]);
    } catch (error) {
      switch (assessmentProblem(error)) {
        case 'intake-required':
          this.overview.update((o) => (o ? { ...o, intake: null } : o));
          this.error.set({ key: 'assessment.start.intakeRequired' });
          break;
        case 'retake-cooldown': {
          const at = retakeAvailableAtOf(error);
          this.overview.update((o) =>
            o ? { ...o, canStart: false, retakeAvailableAt: at ?? o.retakeAvailableAt } : o,
          );
          if (!at) void this.load();
          break;
        }
        default:
          this.error.set(explainError(error).message);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
