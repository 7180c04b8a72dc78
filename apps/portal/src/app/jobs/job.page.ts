import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { APPLICATION_MESSAGE_MAX_LENGTH, type ConsentView } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  I18n,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { longDate } from '../assessment/assessment-text';
import { profileStatus } from '../profile/consent';
import { ProfileApi } from '../profile/profile.api';
import { JobsStore } from './jobs.store';
import { MatchComponent } from './match.component';
import { jobFacts } from './work-text';

/**
 * One job: what it is, how the learner matches it, and applying with a short message, saying
 * first what the employer will see (the message, and only the parts of the profile shared).
 */
@Component({
  selector: 'pl-job-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MessagePipe,
    FieldComponent,
    FieldControlDirective,
    MatchComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <a class="back" routerLink="/jobs" data-testid="jobs-back">{{ 'work.back' | t }}</a>
      @if (job(); as job) {
        <h1 dir="auto" data-testid="job-title">{{ job.title }}</h1>
        <p class="org" dir="auto">{{ job.organisation.name }}</p>
        <ul class="facts">
          @for (fact of facts(); track $index) {
            <li dir="auto">{{ fact }}</li>
          }
          @if (job.startDate) {
            <li>{{ 'work.starts' | t: { date: dateOf(job.startDate) } }}</li>
          }
        </ul>
        <p class="description" dir="auto" data-testid="job-description">{{ job.description }}</p>

        <section class="card" aria-labelledby="match-title">
          <h2 id="match-title">{{ 'work.match' | t }}</h2>
          <pl-match [match]="job.match" />
        </section>

        <section class="card" aria-labelledby="apply-title" data-testid="apply">
          <h2 id="apply-title">{{ 'work.apply' | t }}</h2>
          <div role="status">
            @if (notice(); as n) {
              <p class="alert alert--success" data-testid="apply-notice">{{ n | message }}</p>
            }
          </div>
          @let a = application();
          @if (a && !a.withdrawnAt) {
            @if (!notice()) {
              <p data-testid="apply-already">{{ 'work.apply.already' | t }}</p>
            }
            <a
              class="button button--secondary button--block"
              routerLink="/jobs/applications"
              data-testid="see-applications"
            >
              {{ 'work.nav.applications' | t }}
            </a>
          } @else {
            @if (a?.withdrawnAt) {
              <p data-testid="apply-withdrawn">{{ 'work.apply.withdrawn' | t }}</p>
            }
            <div class="sees" data-testid="employer-sees">
              <p>{{ 'work.apply.sees' | t: { organisation: job.organisation.name } }}</p>
              @if (consent(); as c) {
                <p>{{ status(c) | message }}</p>
              }
              <a routerLink="/profile" data-testid="change-sharing">{{ 'work.apply.share' | t }}</a>
            </div>
            <form (submit)="$event.preventDefault(); apply(job.jobId)" novalidate>
              <pa-field label="work.apply.message" [hint]="hint" [error]="fieldError()">
                <textarea
                  paFieldControl
                  rows="4"
                  dir="auto"
                  [maxLength]="max"
                  [value]="message()"
                  (input)="message.set($any($event.target).value)"
                  data-testid="apply-message"
                ></textarea>
              </pa-field>
              @if (error(); as e) {
                <p class="alert" role="alert" data-testid="apply-error">{{ e | message }}</p>
              }
              <button
                class="button button--block"
                type="submit"
                [disabled]="busy()"
                data-testid="apply-send"
              >
                {{ (busy() ? 'common.pleaseWait' : 'work.apply.send') | t }}
              </button>
            </form>
          }
        </section>
      } @else {
        <p class="card" data-testid="job-gone">{{ 'work.gone' | t }}</p>
      }
    </div>
  `,
  styles: `
    .back {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--pa-tap);
      margin-block-end: 0.5rem;
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
      margin: 0 0 var(--pa-space);
      padding: 0;
      color: var(--pa-ink-soft);
    }
    .description {
      white-space: pre-line;
    }
    .sees {
      padding: 0.75rem;
      margin-block-end: var(--pa-space);
      border-inline-start: 4px solid var(--pa-brand);
      background: var(--pa-brand-soft);
      border-radius: 0.5rem;
    }
    .sees a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--pa-tap);
    }
    textarea {
      min-block-size: var(--pa-tap);
      padding: 0.5rem 0.75rem;
      border: 1px solid #6b7785;
      border-radius: 0.5rem;
      background: var(--pa-paper);
      color: var(--pa-ink);
      inline-size: 100%;
      resize: vertical;
    }
  `,
})
export class JobPage {
  /** From the address. */
  readonly jobId = input.required<string>();
  private readonly store = inject(JobsStore);
  private readonly profiles = inject(ProfileApi);
  private readonly i18n = inject(I18n);

  protected readonly max = APPLICATION_MESSAGE_MAX_LENGTH;
  protected readonly hint: UiMessage = {
    key: 'work.apply.messageHint',
    params: { max: APPLICATION_MESSAGE_MAX_LENGTH },
  };
  protected readonly status = profileStatus;
  protected readonly job = computed(() => this.store.job(this.jobId()));
  protected readonly application = computed(() => this.store.applicationTo(this.jobId()));
  protected readonly facts = computed(() => {
    const job = this.job();
    return job ? jobFacts(job, (key, params) => this.i18n.t(key, params)) : [];
  });
  /** What employers can see of the profile now, to say it before the learner applies. */
  protected readonly consent = signal<ConsentView | null>(null);
  protected readonly message = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly fieldError = signal<UiMessage | null>(null);
  protected readonly notice = signal<UiMessage | null>(null);

  constructor() {
    this.profiles.mine(this.i18n.language()).then(
      (view) => this.consent.set(view.consent),
      () => this.consent.set(null),
    );
  }

  protected dateOf(date: string): string {
    return longDate(`${date}T12:00:00Z`, this.i18n.language());
  }

  protected async apply(jobId: string): Promise<void> {
    this.error.set(null);
    this.fieldError.set(null);
    this.busy.set(true);
    try {
      const application = await this.store.apply(jobId, this.message().trim());
      this.notice.set({
        key: 'work.apply.sent',
        params: { organisation: application.job.organisation },
      });
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 409) {
        // Applied meanwhile (another tab, another device): the list says so once reloaded.
        this.error.set({ key: 'work.apply.already' });
        await this.store.load();
      } else if (error instanceof HttpErrorResponse && error.status === 404) {
        this.error.set({ key: 'work.gone' });
      } else {
        const explained = explainError(error);
        this.error.set(explained.message);
        this.fieldError.set(explained.fields['message'] ?? null);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
