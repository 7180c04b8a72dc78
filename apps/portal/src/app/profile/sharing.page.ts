import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ConsentRequest, ProfileSection } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import {
  consentProblem,
  PRIVATE,
  sameConsent,
  savedConsentMessage,
  SECTION_GROUPS,
  sectionIsEmpty,
  sectionKey,
  withSection,
} from './consent';
import { ProfileStore } from './profile.store';

/**
 * "What employers can see": private by default; one main switch (open to work) and one switch
 * per part of the profile, each said in plain words. Nothing changes until the learner saves;
 * stopping takes effect at once, and says so.
 */
@Component({
  selector: 'pl-profile-sharing-page',
  imports: [RouterLink, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (draft(); as d) {
      <section class="card" aria-labelledby="sharing-title" data-testid="privacy-card">
        <h2 id="sharing-title">{{ 'profile.sharing.title' | t }}</h2>
        <p>{{ 'profile.sharing.intro' | t }}</p>
        <form (submit)="$event.preventDefault(); save()" novalidate>
          <label class="switch switch--main">
            <input
              type="checkbox"
              role="switch"
              [checked]="d.openToWork"
              (change)="setOpen($any($event.target).checked)"
              aria-describedby="open-help"
              data-testid="open-to-work"
            />
            <span class="switch__name">{{ 'profile.sharing.openToWork' | t }}</span>
            <span class="switch__state" aria-hidden="true">
              {{ (d.openToWork ? 'profile.sharing.on' : 'profile.sharing.off') | t }}
            </span>
          </label>
          <p class="field__hint" id="open-help">
            {{ (d.openToWork ? 'profile.sharing.openHelp' : 'profile.sharing.closedHelp') | t }}
          </p>

          @if (d.openToWork) {
            <fieldset class="sections" data-testid="sections">
              <legend>{{ 'profile.sharing.choose' | t }}</legend>
              @for (group of groups; track group.group) {
                <h3>{{ groupKey(group.group) | t }}</h3>
                @for (section of group.sections; track section) {
                  <div class="section" [class.section--sensitive]="section === sensitive">
                    <label class="switch">
                      <input
                        type="checkbox"
                        role="switch"
                        [checked]="d.sections.includes(section)"
                        (change)="setSection(section, $any($event.target).checked)"
                        [attr.aria-describedby]="describedBy(section)"
                        [attr.data-testid]="'share-' + section"
                      />
                      <span class="switch__name">{{ sectionKey(section, 'name') | t }}</span>
                      <span class="switch__state" aria-hidden="true">
                        {{
                          (d.sections.includes(section)
                            ? 'profile.sharing.on'
                            : 'profile.sharing.off'
                          ) | t
                        }}
                      </span>
                    </label>
                    <p class="field__hint" [id]="'help-' + section">
                      {{ sectionKey(section, 'help') | t }}
                      @if (isEmpty(section)) {
                        <span class="empty">{{ 'profile.sharing.emptySection' | t }}</span>
                      }
                    </p>
                    @if (section === sensitive) {
                      <p class="warning" id="sensitive-warning" data-testid="sensitive-warning">
                        <strong>{{ 'profile.sharing.sensitiveTitle' | t }}</strong>
                        {{ 'profile.sharing.sensitiveWarning' | t }}
                      </p>
                    }
                  </div>
                }
              }
            </fieldset>
          }

          @if (error(); as e) {
            <p class="alert" role="alert" data-testid="sharing-error">{{ e | message }}</p>
          }
          <div role="status">
            @if (notice(); as n) {
              <p class="alert alert--success" data-testid="sharing-saved">{{ n | message }}</p>
            }
          </div>
          @if (changed()) {
            <p class="unsaved" data-testid="sharing-unsaved">{{ 'profile.unsaved' | t }}</p>
          }
          <button
            class="button button--block"
            type="submit"
            [disabled]="busy()"
            data-testid="save-sharing"
          >
            {{ (busy() ? 'common.pleaseWait' : 'profile.sharing.save') | t }}
          </button>
        </form>
        <p class="note">{{ 'profile.sharing.anyTime' | t }}</p>
        @if (store.savedConsent()?.openToWork) {
          <button
            class="button button--secondary button--block"
            type="button"
            [disabled]="busy()"
            (click)="makePrivate()"
            data-testid="make-private"
          >
            {{ 'profile.sharing.makePrivate' | t }}
          </button>
        }
      </section>
      @if (aboutEmpty()) {
        <p class="card">
          {{ 'profile.sharing.aboutFirst' | t }}
          <a routerLink="/profile/about">{{ 'profile.nav.about' | t }}</a>
        </p>
      }
    }
  `,
  styles: `
    .switch {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: var(--pa-tap);
      font-weight: 600;
      cursor: pointer;
    }
    .switch--main {
      font-size: 1.15rem;
    }
    .switch input {
      appearance: none;
      flex: none;
      position: relative;
      inline-size: 3.25rem;
      block-size: 2rem;
      margin: 0;
      border-radius: 999px;
      background: #6b7785;
      cursor: pointer;
    }
    .switch input::before {
      content: '';
      position: absolute;
      inset-block-start: 0.25rem;
      inset-inline-start: 0.25rem;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border-radius: 50%;
      background: #fff;
      transition: inset-inline-start 0.15s;
    }
    .switch input:checked {
      background: var(--pa-success);
    }
    .switch input:checked::before {
      inset-inline-start: 1.5rem;
    }
    .switch__name {
      flex: 1;
    }
    .switch__state {
      font-size: 0.85rem;
      color: var(--pa-ink-soft);
    }
    .sections {
      border: 0;
      padding: 0;
      margin: var(--pa-space) 0;
      min-inline-size: 0;
    }
    .sections legend {
      font-weight: 700;
      font-size: 1.1rem;
      padding: 0;
    }
    .sections h3 {
      font-size: 1rem;
      color: var(--pa-ink-soft);
      margin-block: var(--pa-space) 0.25rem;
    }
    .section {
      border-block-start: 1px solid var(--pa-line);
      padding-block: 0.25rem;
    }
    .section .field__hint {
      margin-block-end: 0.5rem;
    }
    .empty {
      display: block;
      font-weight: 600;
    }
    .warning {
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid #8a5a00;
      background: #fff4dc;
      border-radius: 0.5rem;
    }
    .unsaved {
      font-weight: 600;
      color: var(--pa-ink-soft);
    }
    .note {
      margin-block: var(--pa-space);
    }
  `,
})
export class SharingPage {
  protected readonly store = inject(ProfileStore);
  protected readonly groups = SECTION_GROUPS;
  protected readonly sensitive = ProfileSection.Sensitive;
  protected readonly sectionKey = sectionKey;

  protected readonly draft = this.store.consent;
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly notice = signal<UiMessage | null>(null);
  protected readonly changed = computed(() => {
    const draft = this.draft();
    const saved = this.store.savedConsent();
    return !!draft && !!saved && !sameConsent(draft, saved);
  });
  protected readonly aboutEmpty = computed(() => {
    const view = this.store.view();
    return !!view && sectionIsEmpty(ProfileSection.About, view);
  });

  protected groupKey(group: string): MessageKey {
    return `profile.sharing.group.${group}` as MessageKey;
  }

  protected describedBy(section: ProfileSection): string {
    return section === this.sensitive ? `help-${section} sensitive-warning` : `help-${section}`;
  }

  protected isEmpty(section: ProfileSection): boolean {
    const view = this.store.view();
    return !!view && sectionIsEmpty(section, view);
  }

  protected setOpen(openToWork: boolean): void {
    this.notice.set(null);
    this.draft.update((d) => d && { ...d, openToWork });
  }

  protected setSection(section: ProfileSection, on: boolean): void {
    this.notice.set(null);
    this.error.set(null);
    this.draft.update((d) => d && withSection(d, section, on));
  }

  protected save(): Promise<void> {
    const draft = this.draft();
    return draft ? this.send(draft) : Promise.resolve();
  }

  /** One tap back to private, without going through the switches. */
  protected makePrivate(): Promise<void> {
    this.draft.set(PRIVATE);
    return this.send(PRIVATE);
  }

  private async send(draft: ConsentRequest): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    const problem = consentProblem(draft);
    if (problem) {
      this.error.set(problem);
      return;
    }
    const before = this.store.savedConsent() ?? PRIVATE;
    this.busy.set(true);
    try {
      await this.store.saveConsent(draft);
      this.notice.set(savedConsentMessage(before, this.store.savedConsent() ?? PRIVATE));
    } catch (error) {
      this.error.set(explainError(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
