import { type ConsentRequest, type MyProfileView, PROFILE_SECTIONS } from '@passerelle/contracts';

import {
  consentProblem,
  consentRequest,
  PRIVATE,
  profileStatus,
  sameConsent,
  savedConsentMessage,
  SECTION_GROUPS,
  sectionIsEmpty,
  viewsMessage,
  withdrawnSections,
  withSection,
} from './consent';

describe('consent switches', () => {
  it('offers every section exactly once', () => {
    expect(SECTION_GROUPS.flatMap((g) => g.sections).sort()).toEqual([...PROFILE_SECTIONS].sort());
  });

  it('keeps sections in the card’s order, each once, whatever the order of the taps', () => {
    let consent: ConsentRequest = { openToWork: true, sections: [] };
    consent = withSection(consent, 'about', true);
    consent = withSection(consent, 'assessment', true);
    consent = withSection(consent, 'about', true);
    expect(consent.sections).toEqual(['assessment', 'about']);
    expect(withSection(consent, 'assessment', false).sections).toEqual(['about']);
  });

  it('shares nothing while closed: closing clears the sections it sends', () => {
    const closed = { openToWork: false, sections: withSection(PRIVATE, 'courses', true).sections };
    expect(consentRequest(closed)).toEqual({ openToWork: false, sections: [] });
    expect(sameConsent(closed, PRIVATE)).toBe(true);
    expect(profileStatus(closed)).toEqual({ key: 'profile.status.private' });
  });

  it('asks for at least one section when open', () => {
    expect(consentProblem({ openToWork: true, sections: [] })).toEqual({
      key: 'profile.sharing.chooseOne',
    });
    expect(consentProblem({ openToWork: true, sections: ['about'] })).toBeNull();
    expect(consentProblem(PRIVATE)).toBeNull();
  });

  it('knows what a change withdraws, and says that it applies at once', () => {
    const open: ConsentRequest = { openToWork: true, sections: ['assessment', 'about'] };
    const narrower: ConsentRequest = { openToWork: true, sections: ['about'] };
    expect(withdrawnSections(open, narrower)).toEqual(['assessment']);
    expect(withdrawnSections(open, PRIVATE)).toEqual(['assessment', 'about']);
    expect(withdrawnSections(PRIVATE, open)).toEqual([]);
    expect(savedConsentMessage(open, narrower).key).toBe('profile.sharing.savedWithdrawn');
    expect(savedConsentMessage(open, PRIVATE).key).toBe('profile.sharing.savedPrivateNow');
    expect(savedConsentMessage(PRIVATE, open).key).toBe('profile.sharing.savedOpen');
    expect(savedConsentMessage(PRIVATE, PRIVATE).key).toBe('profile.sharing.saved');
  });

  it('sums up the profile in one line', () => {
    expect(profileStatus({ openToWork: true, sections: ['courses', 'about'] })).toEqual({
      key: 'profile.status.open',
      params: { count: 2, total: PROFILE_SECTIONS.length },
    });
    expect(viewsMessage(0)).toEqual({ key: 'profile.views.countNone' });
    expect(viewsMessage(3)).toEqual({ key: 'profile.views.count', params: { count: 3 } });
  });

  it('tells which sections have nothing in them yet', () => {
    const view: MyProfileView = {
      profile: {
        headline: 'Cook',
        bio: '',
        experience: [],
        availableFrom: null,
        hoursPerWeek: null,
        preferredLocations: [],
        remoteOk: true,
        rightToWork: null,
        updatedAt: null,
      },
      consent: { ...PRIVATE, updatedAt: null },
      evidence: {
        assessment: null,
        completedCourses: [],
        passedExercises: { count: 2, examples: [] },
        endorsements: [],
        languages: [{ language: 'ar', skill: 'native' }],
      },
    };
    expect(PROFILE_SECTIONS.filter((s) => sectionIsEmpty(s, view))).toEqual([
      'assessment',
      'courses',
      'endorsements',
      'experience',
      'sensitive',
    ]);
  });
});
