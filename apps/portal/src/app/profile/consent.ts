import {
  type ConsentRequest,
  type MyProfileView,
  PROFILE_SECTIONS,
  ProfileSection,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';

/** The switches of the privacy card, in three groups the learner reads from top to bottom. */
export const SECTION_GROUPS: readonly {
  group: 'evidence' | 'written' | 'sensitive';
  sections: readonly ProfileSection[];
}[] = [
  {
    group: 'evidence',
    sections: [
      ProfileSection.Assessment,
      ProfileSection.Courses,
      ProfileSection.Exercises,
      ProfileSection.Endorsements,
    ],
  },
  {
    group: 'written',
    sections: [
      ProfileSection.About,
      ProfileSection.Languages,
      ProfileSection.Experience,
      ProfileSection.Availability,
    ],
  },
  { group: 'sensitive', sections: [ProfileSection.Sensitive] },
];

/** Private by default: closed, nothing chosen. */
export const PRIVATE: ConsentRequest = { openToWork: false, sections: [] };

/** In the order the card lists them, each once, whatever order they were switched in. */
function ordered(sections: Iterable<ProfileSection>): ProfileSection[] {
  const chosen = new Set(sections);
  return PROFILE_SECTIONS.filter((s) => chosen.has(s));
}

/** The choice with one section switched on or off. */
export function withSection(
  consent: ConsentRequest,
  section: ProfileSection,
  on: boolean,
): ConsentRequest {
  const sections = new Set(consent.sections);
  if (on) sections.add(section);
  else sections.delete(section);
  return { ...consent, sections: ordered(sections) };
}

/** What employers can see under a consent: nothing at all unless the learner is open to work. */
export function sharedSections(consent: ConsentRequest): ProfileSection[] {
  return consent.openToWork ? ordered(consent.sections) : [];
}

/**
 * What to send. Closing the profile clears the sections too, so that "private" means nothing
 * is shared, and opening it again is a fresh, explicit choice.
 */
export function consentRequest(draft: ConsentRequest): ConsentRequest {
  return { openToWork: draft.openToWork, sections: sharedSections(draft) };
}

/** Why the choice cannot be saved as it is, if it cannot. */
export function consentProblem(draft: ConsentRequest): UiMessage | null {
  return draft.openToWork && draft.sections.length === 0
    ? { key: 'profile.sharing.chooseOne' }
    : null;
}

/** Sections employers could see before and will no longer see after. */
export function withdrawnSections(before: ConsentRequest, after: ConsentRequest): ProfileSection[] {
  const still = new Set(sharedSections(after));
  return sharedSections(before).filter((s) => !still.has(s));
}

export function sameConsent(a: ConsentRequest, b: ConsentRequest): boolean {
  const x = consentRequest(a);
  const y = consentRequest(b);
  return x.openToWork === y.openToWork && x.sections.join() === y.sections.join();
}

/** What the learner reads once a choice is saved; a withdrawal says it applies at once. */
export function savedConsentMessage(before: ConsentRequest, after: ConsentRequest): UiMessage {
  if (!after.openToWork) {
    return { key: before.openToWork ? 'profile.sharing.savedPrivateNow' : 'profile.sharing.saved' };
  }
  return {
    key:
      withdrawnSections(before, after).length > 0
        ? 'profile.sharing.savedWithdrawn'
        : 'profile.sharing.savedOpen',
  };
}

export function sectionKey(section: ProfileSection, part: 'name' | 'help'): MessageKey {
  return `profile.section.${section}.${part}` as MessageKey;
}

/** Whether a section has nothing in it yet, so that sharing it would show employers nothing. */
export function sectionIsEmpty(section: ProfileSection, view: MyProfileView): boolean {
  const { profile, evidence } = view;
  switch (section) {
    case ProfileSection.Assessment:
      return evidence.assessment === null;
    case ProfileSection.Courses:
      return evidence.completedCourses.length === 0;
    case ProfileSection.Exercises:
      return evidence.passedExercises.count === 0;
    case ProfileSection.Endorsements:
      return evidence.endorsements.length === 0;
    case ProfileSection.About:
      return !profile.headline && !profile.bio;
    case ProfileSection.Languages:
      return evidence.languages.length === 0;
    case ProfileSection.Experience:
      return profile.experience.length === 0;
    case ProfileSection.Availability:
      return (
        !profile.availableFrom &&
        profile.hoursPerWeek === null &&
        profile.preferredLocations.length === 0 &&
        !profile.remoteOk
      );
    case ProfileSection.Sensitive:
      return profile.rightToWork === null;
  }
}

/** The profile in one line, for the dashboard and the top of the profile page. */
export function profileStatus(consent: ConsentRequest): UiMessage {
  return consent.openToWork
    ? {
        key: 'profile.status.open',
        params: { count: sharedSections(consent).length, total: PROFILE_SECTIONS.length },
      }
    : { key: 'profile.status.private' };
}

/** "Nobody has looked yet", or how many times employers looked. */
export function viewsMessage(count: number): UiMessage {
  return count === 0
    ? { key: 'profile.views.countNone' }
    : { key: 'profile.views.count', params: { count } };
}
