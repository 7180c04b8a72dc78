import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type AnswerRequest,
  AttemptStatus,
  type AttemptView,
  isLanguageCode,
  LANGUAGE_CODES,
  type LanguageCode,
  languageInfo,
  type ServedItem,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  type AssessmentItemAnswer,
  AssessmentItemComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { AssessmentApi, assessmentProblem } from './assessment.api';
import { questionsLeftMessage } from './assessment-text';
import { ReadAloud } from './read-aloud';

/**
 * The test itself, one question per screen. The server chooses each next question; this page
 * shows it, sends the answer and never loses it: on a lost connection the answer stays chosen
 * and can be sent again; when the server has moved on (another tab), it shows what the server
 * says. The test's language can change mid-way; questions can be read aloud.
 */
@Component({
  selector: 'pl-attempt-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, AssessmentItemComponent],
  providers: [ReadAloud],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (attempt(); as a) {
        @if (a.current && a.status === 'in-progress') {
          <div class="bar">
            <h1 class="bar__title">
              {{ 'assessment.test.question' | t: { n: a.answered + 1 } }}
            </h1>
            <p class="bar__left" data-testid="questions-left">{{ questionsLeft() | message }}</p>
          </div>
          <div class="tools">
            <label class="tools__language">
              <span>{{ 'assessment.test.language' | t }}</span>
              <select
                [value]="a.language"
                (change)="changeLanguage($any($event.target).value)"
                [disabled]="busy()"
                data-testid="test-language"
              >
                @for (code of languages(); track code) {
                  <option [value]="code" [selected]="code === a.language" [attr.lang]="code">
                    {{ nameOf(code) }}
                  </option>
                }
              </select>
            </label>
            @if (canReadAloud()) {
              <button
                type="button"
                class="button button--secondary"
                (click)="toggleReading()"
                [attr.aria-pressed]="readAloud.speaking()"
                data-testid="read-aloud"
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  @if (readAloud.speaking()) {
                    <rect x="6" y="6" width="12" height="12" rx="1" />
                  } @else {
                    <path d="M4 9v6h4l5 4V5L8 9H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" />
                  }
                </svg>
                {{
                  (readAloud.speaking()
                    ? 'assessment.test.stopReading'
                    : 'assessment.test.readAloud'
                  ) | t
                }}
              </button>
            }
          </div>
          @if (notice(); as n) {
            <p class="alert alert--success" role="status" data-testid="test-notice">
              {{ n | message }}
            </p>
          }
          @if (error(); as e) {
            <div class="alert" role="alert" data-testid="test-error">
              <p>{{ e | message }}</p>
              @if (pending()) {
                <p>{{ 'assessment.test.answerKept' | t }}</p>
                <button
                  class="button button--secondary"
                  type="button"
                  (click)="retry()"
                  [disabled]="busy()"
                  data-testid="retry-answer"
                >
                  {{ 'assessment.tryAgain' | t }}
                </button>
              }
            </div>
          }
          <section
            class="card item"
            [attr.lang]="a.current.language"
            [attr.dir]="itemDir()"
            [attr.aria-busy]="busy() || null"
            data-testid="item-region"
          >
            <pa-assessment-item [item]="a.current" [disabled]="busy()" (answer)="answer($event)" />
          </section>
        } @else if (a.status === 'expired' || a.status === 'reset') {
          <h1>{{ 'assessment.title' | t }}</h1>
          <p class="card" role="status" data-testid="test-ended">
            {{ (a.status === 'expired' ? 'assessment.test.expired' : 'assessment.test.reset') | t }}
          </p>
          <a class="button button--block" routerLink="/assessment">{{
            'assessment.startAgain' | t
          }}</a>
        } @else {
          <p role="status">{{ 'common.pleaseWait' | t }}</p>
        }
      } @else if (error(); as e) {
        <h1>{{ 'assessment.title' | t }}</h1>
        <div class="alert" role="alert" data-testid="test-error">
          <p>{{ e | message }}</p>
          <button class="button button--secondary" type="button" (click)="reload()">
            {{ 'assessment.tryAgain' | t }}
          </button>
        </div>
        <a routerLink="/assessment">{{ 'assessment.backToStart' | t }}</a>
      } @else {
        <p role="status">{{ 'common.pleaseWait' | t }}</p>
      }
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 1rem;
    }
    .bar__title {
      font-size: 1.25rem;
    }
    .bar__left {
      color: var(--pa-ink-soft);
      font-weight: 600;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-block-end: var(--pa-space);
    }
    .tools__language {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .tools__language select {
      inline-size: auto;
    }
    .tools svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .alert .button {
      margin-block-start: 0.25rem;
    }
  `,
})
export class AttemptPage {
  private readonly api = inject(AssessmentApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly readAloud = inject(ReadAloud);
  private readonly itemView = viewChild(AssessmentItemComponent);

  /** The attempt's id, from the route. */
  readonly id = input.required<string>();

  protected readonly attempt = signal<AttemptView | null>(null);
  protected readonly languages = signal<readonly LanguageCode[]>(LANGUAGE_CODES);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly notice = signal<UiMessage | null>(null);
  /** An answer not yet accepted by the server: sent again on "Try again". */
  protected readonly pending = signal<AnswerRequest | null>(null);

  private readonly item = computed(() => this.attempt()?.current ?? null);
  protected readonly itemDir = computed(() => languageInfo(this.item()?.language ?? 'en').dir);
  protected readonly canReadAloud = computed(() => {
    const item = this.item();
    return item !== null && this.readAloud.canSpeak(item.language);
  });
  protected readonly questionsLeft = computed(() =>
    questionsLeftMessage(this.attempt()?.questionsLeft ?? 0),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.reload(id));
    });
    void this.api.overview().then(
      (overview) => {
        if (overview.languages.length > 0) this.languages.set(overview.languages);
      },
      () => undefined,
    );
  }

  async reload(id = this.id()): Promise<void> {
    this.error.set(null);
    try {
      await this.show(await this.api.attempt(id));
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }

  protected nameOf(code: LanguageCode): string {
    return languageInfo(code).nativeName;
  }

  protected async answer(answer: AssessmentItemAnswer): Promise<void> {
    const item = this.item();
    if (!item || this.busy()) return;
    const request: AnswerRequest = { position: item.position, itemId: item.itemId, ...answer };
    this.pending.set(request);
    await this.send(request);
  }

  protected async retry(): Promise<void> {
    const request = this.pending();
    if (request) await this.send(request);
  }

  protected async changeLanguage(value: string): Promise<void> {
    const attempt = this.attempt();
    if (!attempt || !isLanguageCode(value) || value === attempt.language) return;
    this.readAloud.stop();
    this.busy.set(true);
    this.error.set(null);
    try {
      // The same question comes back in the new language; the choice made stays chosen.
      this.attempt.set(await this.api.changeLanguage(attempt.id, value));
    } catch (error) {
      this.error.set(explainError(error).message);
      // Show the language the test is still in.
      this.attempt.set({ ...attempt });
    } finally {
      this.busy.set(false);
    }
  }

  protected toggleReading(): void {
    const item = this.item();
    if (!item) return;
    if (this.readAloud.speaking()) {
      this.readAloud.stop();
      return;
    }
    this.readAloud.read(textsToRead(item), item.language);
  }

  private async send(request: AnswerRequest): Promise<void> {
    const attempt = this.attempt();
    if (!attempt) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const next = await this.api.answer(attempt.id, request);
      this.pending.set(null);
      await this.show(next);
    } catch (error) {
      await this.failed(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async failed(error: unknown): Promise<void> {
    const problem = assessmentProblem(error);
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (problem === 'not-current-item') {
      // Answered already (another tab, a double tap): show where the server is now.
      this.pending.set(null);
      this.notice.set({ key: 'assessment.test.movedOn' });
      await this.reload();
    } else if (problem === 'attempt-expired') {
      this.pending.set(null);
      const attempt = this.attempt();
      if (attempt) this.attempt.set({ ...attempt, status: AttemptStatus.Expired, current: null });
    } else if (status >= 400 && status < 500) {
      // The server refused this answer for good: sending it again would not help.
      this.pending.set(null);
      this.error.set(explainError(error).message);
      await this.reload();
    } else {
      // Offline or a server hiccup: keep the answer so that it can be sent again.
      this.error.set(
        status === 0
          ? { key: 'assessment.test.notSentOffline' }
          : { key: 'assessment.test.notSent' },
      );
    }
  }

  private async show(attempt: AttemptView): Promise<void> {
    const before = this.item();
    if (attempt.status === AttemptStatus.Completed) {
      this.readAloud.stop();
      await this.router.navigate(['/assessment/result'], { replaceUrl: true });
      return;
    }
    this.attempt.set(attempt);
    const now = attempt.current;
    if (now && (before?.position !== now.position || before?.itemId !== now.itemId)) {
      this.readAloud.stop();
      // A screen reader starts reading the new question.
      afterNextRender(() => this.itemView()?.focus(), { injector: this.injector });
    }
  }
}

/** What read-aloud says for an item: the prompt, what the picture shows, then the options. */
export function textsToRead(item: ServedItem): string[] {
  return [
    item.prompt,
    ...(item.alt ? [item.alt] : []),
    ...item.options.map((option, index) => `${index + 1}. ${option.text}`),
  ];
}
