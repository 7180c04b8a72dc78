import type { ConsentRequest, MyProfileView, ProfileRequest } from '@passerelle/contracts';

/** A learner's profile as the API returns it, for specs: private and empty unless told. */
export function profileView(
  overrides: { profile?: Partial<ProfileRequest>; consent?: Partial<ConsentRequest> } = {},
  evidence: Partial<MyProfileView['evidence']> = {},
): MyProfileView {
  return {
    profile: {
      headline: '',
      bio: '',
      experience: [],
      availableFrom: null,
      hoursPerWeek: null,
      preferredLocations: [],
      remoteOk: false,
      rightToWork: null,
      updatedAt: null,
      ...overrides.profile,
    },
    consent: { openToWork: false, sections: [], updatedAt: null, ...overrides.consent },
    evidence: {
      assessment: null,
      completedCourses: [],
      passedExercises: { count: 0, examples: [] },
      endorsements: [],
      languages: [],
      ...evidence,
    },
  };
}
