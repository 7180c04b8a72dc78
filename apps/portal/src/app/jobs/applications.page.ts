import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MyApplication } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { longDate } from '../assessment/assessment-text';
import { BriefcaseIconComponent } from './briefcase-icon.component';
import { contactOffer, invitationAnswer } from './contact-text';
import { JobsStore } from './jobs.store';
import { JobsTabsComponent } from './jobs-tabs.component';
import { awaitsAnswer, canWithdraw, stageHelp, stageName, stageProgress } from './work-text';

/**
 * The learner's applications: where each one stands (a step indicator and one sentence), an
 * interview invitation to accept or decline, and withdrawing, each said plainly before it
 * happens.
 */
@Component({
  selector: 'pl-applications-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, BriefcaseIconComponent, JobsTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1><pl-briefcase-icon /> {{ 'work.nav.applications' | t }}</h1>
      <pl-jobs-tabs />
      <ul class="plain-list">
        @for (a of store.applications(); track a.id) {
          @let progress = progressOf(a);
          <li
            class="card application"
            [class.application--closed]="!!a.withdrawnAt"
            data-testid="application"
          >
            <h2 [id]="'application-' + a.id" dir="auto" tabindex="-1">
              @if (isOpen(a.job.id)) {
                <a [routerLink]="['/jobs', a.job.id]">{{ a.job.title }}</a>
              } @else {
                {{ a.job.title }}
              }
            </h2>
            <p class="org" dir="auto">{{ a.job.organisation }}</p>
            <p class="stage" data-testid="application-stage">
              <strong>{{ nameOf(a) | t }}</strong>
              @if (progress) {
                <span class="muted">
                  ({{ 'work.step' | t: { step: progress.step, total: progress.total } }})
                </span>
              }
            </p>
            @if (progress) {
              <ol class="steps" data-testid="application-steps">
                @for (s of progress.steps; track s.stage) {
                  <li
                    [attr.data-state]="s.state"
                    [attr.aria-current]="s.state === 'current' ? 'step' : null"
                  >
                    <span class="visually-hidden">
                      {{ stageKey(s.stage) | t }}
                      @if (s.state !== 'todo') {
                        ({{ (s.state === 'done' ? 'work.step.done' : 'work.step.now') | t }})
                      }
                    </span>
                  </li>
                }
              </ol>
            }
            <p>{{ helpOf(a) | t }}</p>

            @if (awaitsAnswer(a)) {
              <div class="invitation" data-testid="invitation">
                <p data-testid="invitation-offer">
                  {{ offerOf(a.job.organisation, store.contact()) | message }}
                </p>
                <p>
                  <a routerLink="/profile/contact" data-testid="change-contact">{{
                    'contact.offer.change' | t
                  }}</a>
                </p>
                <div class="actions">
                  <button
                    class="button"
                    type="button"
                    [disabled]="busy() === a.id"
                    (click)="answer(a, true)"
                    data-testid="invitation-accept"
                  >
                    {{ 'work.invite.accept' | t }}
                  </button>
                  <button
                    class="button button--secondary"
                    type="button"
                    [disabled]="busy() === a.id"
                    (click)="answer(a, false)"
                    data-testid="invitation-decline"
                  >
                    {{ 'work.invite.decline' | t }}
                  </button>
                </div>
              </div>
            } @else if (answerOf(a); as answered) {
              <p class="answered" data-testid="invitation-answer">{{ answered | message }}</p>
            }

            @if (a.message) {
              <p class="message">
                <span class="muted">{{ 'work.apps.message' | t }}</span
                >&ngsp;<span dir="auto">{{ a.message }}</span>
              </p>
            }
            <p class="muted">{{ 'work.apps.since' | t: { date: dateOf(a.createdAt) } }}</p>

            @if (error(); as e) {
              @if (e.id === a.id) {
                <p class="alert" role="alert" data-testid="application-error">
                  {{ e.message | message }}
                </p>
              }
            }
            @if (canWithdraw(a)) {
              @if (confirming() === a.id) {
                <div
                  class="confirm"
                  role="group"
                  [attr.aria-labelledby]="'confirm-' + a.id"
                  data-testid="withdraw-confirm"
                >
                  <p [id]="'confirm-' + a.id" tabindex="-1">
                    {{ 'work.withdraw.confirm' | t: { organisation: a.job.organisation } }}
                  </p>
                  <div class="actions">
                    <button
                      class="button button--danger"
                      type="button"
                      [disabled]="busy() === a.id"
                      (click)="withdraw(a)"
                      data-testid="withdraw-yes"
                    >
                      {{ 'work.withdraw.yes' | t }}
                    </button>
                    <button
                      class="button button--secondary"
                      type="button"
                      (click)="confirming.set(null)"
                      data-testid="withdraw-no"
                    >
                      {{ 'work.withdraw.no' | t }}
                    </button>
                  </div>
                </div>
              } @else {
                <button
                  class="button button--quiet withdraw"
                  type="button"
                  (click)="askWithdraw(a)"
                  [attr.aria-describedby]="'application-' + a.id"
                  data-testid="withdraw"
                >
                  {{ 'work.withdraw' | t }}
                </button>
              }
            }
          </li>
        } @empty {
          <li class="card" data-testid="applications-empty">
            <p>{{ 'work.apps.empty' | t }}</p>
            <a class="button button--secondary" routerLink="/jobs">{{ 'work.nav.jobs' | t }}</a>
          </li>
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
    }
    .muted {
      color: var(--pa-ink-soft);
    }
    .application--closed {
      background: var(--pa-surface);
    }
    .stage {
      margin-block-end: 0.5rem;
    }
    .stage .muted {
      white-space: nowrap;
    }
    .steps {
      display: grid;
      grid-template-columns: repeat(6, 1fr);
      gap: 0.25rem;
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
    }
    .steps li {
      block-size: 0.5rem;
      border-radius: 999px;
      background: var(--pa-line);
    }
    .steps [data-state='done'] {
      background: var(--pa-brand);
    }
    .steps [data-state='current'] {
      background: var(--pa-brand);
      box-shadow:
        0 0 0 2px var(--pa-paper),
        0 0 0 4px var(--pa-brand);
    }
    .invitation,
    .confirm {
      padding: 0.75rem;
      margin-block-end: var(--pa-space);
      border-radius: 0.5rem;
      border-inline-start: 4px solid var(--pa-brand);
      background: var(--pa-brand-soft);
    }
    .confirm {
      border-inline-start-color: var(--pa-danger);
      background: var(--pa-danger-soft);
    }
    .answered {
      font-weight: 600;
    }
    .message {
      white-space: pre-line;
    }
    .withdraw {
      text-decoration: underline;
      padding-inline: 0.5rem;
    }
    .button--danger {
      background: var(--pa-danger);
      border-color: var(--pa-danger);
    }
    .button--danger:hover {
      background: #8c1d17;
      border-color: #8c1d17;
    }
  `,
})
export class ApplicationsPage {
  protected readonly store = inject(JobsStore);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly progressOf = stageProgress;
  protected readonly nameOf = stageName;
  protected readonly helpOf = stageHelp;
  protected readonly answerOf = invitationAnswer;
  protected readonly offerOf = contactOffer;
  protected readonly awaitsAnswer = awaitsAnswer;
  protected readonly canWithdraw = canWithdraw;

  /** The application whose withdrawal waits for a yes. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<{ id: string; message: UiMessage } | null>(null);

  protected stageKey(stage: string): MessageKey {
    return `work.stage.${stage}` as MessageKey;
  }

  protected isOpen(jobId: string): boolean {
    return !!this.store.job(jobId);
  }

  protected dateOf(iso: string): string {
    return longDate(iso, this.i18n.language());
  }

  protected askWithdraw(application: MyApplication): void {
    this.confirming.set(application.id);
    this.focus(`confirm-${application.id}`);
  }

  protected answer(application: MyApplication, accept: boolean): Promise<void> {
    return this.act(application, () => this.store.answerInvitation(application.id, accept));
  }

  protected withdraw(application: MyApplication): Promise<void> {
    return this.act(application, () => this.store.withdraw(application.id));
  }

  private async act(application: MyApplication, work: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.busy.set(application.id);
    try {
      await work();
      this.done(application);
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 409) {
        // Done already (another tab, another device): show where it stands now.
        await this.store.load();
        this.done(application);
      } else {
        this.error.set({ id: application.id, message: explainError(error).message });
      }
    } finally {
      this.busy.set(null);
    }
  }

  /** The buttons are gone: the learner goes on from the application's title. */
  private done(application: MyApplication): void {
    this.confirming.set(null);
    this.focus(`application-${application.id}`);
  }

  private focus(id: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`[id="${id}"]`)?.focus(),
      { injector: this.injector },
    );
  }
}
