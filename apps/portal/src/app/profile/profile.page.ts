import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { profileStatus } from './consent';
import { ProfileStore } from './profile.store';

/**
 * The learner's candidate profile, one part per screen: what employers can see (the first, as
 * it decides everything else), what the learner writes, what Passerelle knows, who looked, and
 * their data (download it all, or delete the account).
 */
@Component({
  selector: 'pl-profile-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, IconComponent, TranslatePipe, MessagePipe],
  providers: [ProfileStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1><pa-icon name="person" /> {{ 'profile.title' | t }}</h1>
      @if (status(); as s) {
        <p
          class="status"
          [class.status--open]="store.savedConsent()?.openToWork"
          data-testid="profile-status"
        >
          {{ s | message }}
        </p>
      }
      <nav class="parts" [attr.aria-label]="'profile.nav.label' | t">
        @for (part of parts; track part.path) {
          <a
            [routerLink]="part.path"
            routerLinkActive="parts__link--active"
            ariaCurrentWhenActive="page"
            [routerLinkActiveOptions]="{ exact: true }"
            class="parts__link"
            [attr.data-testid]="'profile-nav-' + part.id"
            >{{ part.label | t }}</a
          >
        }
      </nav>
      @if (store.loadError(); as e) {
        <div class="alert" role="alert" data-testid="profile-error">
          <p>{{ e | message }}</p>
          <button class="button button--secondary" type="button" (click)="store.load()">
            {{ 'assessment.tryAgain' | t }}
          </button>
        </div>
      }
      @if (store.view()) {
        <router-outlet />
      } @else if (!store.loadError()) {
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
    .status {
      display: inline-block;
      padding: 0.25rem 0.75rem;
      border-radius: 999px;
      background: var(--pa-paper);
      border: 1px solid var(--pa-line);
      font-weight: 600;
    }
    .status--open {
      background: var(--pa-success-soft);
      border-color: var(--pa-success);
      color: var(--pa-success);
    }
    .parts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.5rem;
      margin-block-end: var(--pa-space);
    }
    /* An odd number of parts: on a phone, the last one takes a whole row. */
    .parts__link:last-child:nth-child(odd) {
      grid-column: 1 / -1;
    }
    @media (min-width: 40rem) {
      .parts {
        grid-template-columns: repeat(6, minmax(0, 1fr));
      }
      .parts__link:last-child:nth-child(odd) {
        grid-column: auto;
      }
    }
    .parts__link {
      display: flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      min-block-size: var(--pa-tap);
      padding: 0.25rem 0.5rem;
      border: 2px solid var(--pa-line);
      border-radius: 0.5rem;
      background: var(--pa-paper);
      color: var(--pa-brand-strong);
      font-weight: 600;
      text-decoration: none;
    }
    .parts__link--active {
      border-color: var(--pa-brand);
      background: var(--pa-brand);
      color: #fff;
    }
  `,
})
export class ProfilePage {
  protected readonly store = inject(ProfileStore);
  protected readonly status = computed(() => {
    const consent = this.store.savedConsent();
    return consent ? profileStatus(consent) : null;
  });
  protected readonly parts = [
    { id: 'sharing', path: '/profile', label: 'profile.nav.sharing' },
    { id: 'about', path: '/profile/about', label: 'profile.nav.about' },
    { id: 'contact', path: '/profile/contact', label: 'contact.nav' },
    { id: 'evidence', path: '/profile/evidence', label: 'profile.nav.evidence' },
    { id: 'views', path: '/profile/views', label: 'profile.nav.views' },
    { id: 'data', path: '/profile/data', label: 'work.data.title' },
  ] as const;
}
