import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type {
  ConsentRequest,
  MyProfileView,
  ProfileRequest,
  ProfileViewEntry,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n } from '@passerelle/web-ui';

import { consentRequest } from './consent';
import { ProfileApi } from './profile.api';
import { draftOf, type ProfileDraft } from './profile-form';

/**
 * The profile while the learner is on its pages: what the server holds, and the drafts of the
 * two forms, so that moving between the parts of the profile never loses what they typed.
 * Provided by the profile page, so it is gone (drafts too) once the learner leaves it.
 */
@Injectable()
export class ProfileStore {
  private readonly api = inject(ProfileApi);
  private readonly i18n = inject(I18n);

  readonly view = signal<MyProfileView | null>(null);
  readonly loadError = signal<UiMessage | null>(null);
  /** The "About you" form as typed; set from the server once, on the first load. */
  readonly about = signal<ProfileDraft | null>(null);
  /** The sharing switches as set, saved or not. */
  readonly consent = signal<ConsentRequest | null>(null);
  readonly views = signal<ProfileViewEntry[] | null>(null);
  readonly viewsError = signal<UiMessage | null>(null);

  /** What employers can see right now: the saved consent, not the switches. */
  readonly savedConsent = computed(() => this.view()?.consent ?? null);

  constructor() {
    // Course titles in the evidence come in the page's language.
    effect(() => {
      this.i18n.language();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.received(await this.api.mine(this.i18n.language()));
    } catch (error) {
      this.loadError.set(explainError(error).message);
    }
  }

  async loadViews(): Promise<void> {
    this.viewsError.set(null);
    try {
      this.views.set(await this.api.views());
    } catch (error) {
      this.viewsError.set(explainError(error).message);
    }
  }

  /** Sends the profile; the draft becomes what the server kept (trimmed). Throws on failure. */
  async saveAbout(request: ProfileRequest): Promise<void> {
    const view = await this.api.save(request, this.i18n.language());
    this.view.set(view);
    this.about.set(draftOf(view.profile));
  }

  /** Sends the choice; takes effect at once on the server. Throws on failure. */
  async saveConsent(draft: ConsentRequest): Promise<void> {
    const view = await this.api.consent(consentRequest(draft), this.i18n.language());
    this.view.set(view);
    this.consent.set({ openToWork: view.consent.openToWork, sections: view.consent.sections });
  }

  private received(view: MyProfileView): void {
    this.view.set(view);
    if (!this.about()) this.about.set(draftOf(view.profile));
    if (!this.consent()) {
      this.consent.set({ openToWork: view.consent.openToWork, sections: view.consent.sections });
    }
  }
}
