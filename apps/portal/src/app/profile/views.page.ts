import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { viewsMessage } from './consent';
import { ProfileStore } from './profile.store';

/**
 * "Who viewed my profile": every time an employer opened it — who, for which organisation and
 * job, when — newest first. The learner sees all of it; nothing is hidden from them.
 */
@Component({
  selector: 'pl-profile-views-page',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'profile.views.title' | t }}</h2>
    <p>{{ 'profile.views.intro' | t }}</p>
    @if (store.viewsError(); as e) {
      <div class="alert" role="alert" data-testid="views-error">
        <p>{{ e | message }}</p>
        <button class="button button--secondary" type="button" (click)="store.loadViews()">
          {{ 'assessment.tryAgain' | t }}
        </button>
      </div>
    }
    @if (store.views(); as views) {
      @if (views.length > 0) {
        <p data-testid="views-count">{{ count(views.length) | message }}</p>
        <ul class="plain-list" data-testid="views-list">
          @for (v of views; track $index) {
            <li class="card view" data-testid="profile-view">
              <p class="view__who">
                <span dir="auto">{{ v.organisation?.name ?? ('profile.views.team' | t) }}</span>
              </p>
              <p>
                <span class="muted">{{ 'profile.views.person' | t }}</span>
                <span dir="auto">{{ v.viewer.displayName }}</span>
              </p>
              @if (v.job; as job) {
                <p>
                  <span class="muted">{{ 'profile.views.job' | t }}</span>
                  <span dir="auto">{{ job.title }}</span>
                </p>
              }
              <p class="muted">{{ dateOf(v.at) }}</p>
            </li>
          }
        </ul>
      } @else {
        <p class="card" data-testid="views-empty">
          {{
            (store.savedConsent()?.openToWork
              ? 'profile.views.emptyOpen'
              : 'profile.views.emptyPrivate'
            ) | t
          }}
        </p>
      }
    } @else if (!store.viewsError()) {
      <p role="status">{{ 'common.pleaseWait' | t }}</p>
    }
  `,
  styles: `
    .view p {
      margin-block-end: 0.25rem;
    }
    .view__who {
      font-weight: 700;
      font-size: 1.1rem;
    }
    .muted {
      color: var(--pa-ink-soft);
      margin-inline-end: 0.25rem;
    }
  `,
})
export class ViewsPage {
  protected readonly store = inject(ProfileStore);
  private readonly i18n = inject(I18n);
  protected readonly count = viewsMessage;

  constructor() {
    void this.store.loadViews();
  }

  protected dateOf(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(new Date(iso));
  }
}
