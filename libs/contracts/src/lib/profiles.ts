import type { SpokenLanguage } from './assessment';
import type { PersonRef } from './cohorts';
import type { SharedContact } from './contact';
import type { MatchResult } from './jobs';
import type { CompetenceArea } from './learning';
import type { PipelineStage } from './pipeline';

/**
 * The parts of a candidate profile a learner shares, each on its own. Evidence the platform
 * holds (the learner cannot edit it): assessment levels, completed courses, passed coding
 * exercises, mentors' endorsements. What the learner writes: about (headline and bio),
 * languages, work experience, availability and places, and sensitive facts.
 */
export const ProfileSection = {
  Assessment: 'assessment',
  Courses: 'courses',
  Exercises: 'exercises',
  Endorsements: 'endorsements',
  About: 'about',
  Languages: 'languages',
  Experience: 'experience',
  Availability: 'availability',
  /** Facts such as the right to work: never shown without this explicit consent. */
  Sensitive: 'sensitive',
} as const;
export type ProfileSection = (typeof ProfileSection)[keyof typeof ProfileSection];
export const PROFILE_SECTIONS: readonly ProfileSection[] = Object.values(ProfileSection);

export const RightToWork = { Yes: 'yes', Pending: 'pending', No: 'no' } as const;
export type RightToWork = (typeof RightToWork)[keyof typeof RightToWork];
export const RIGHT_TO_WORK: readonly RightToWork[] = Object.values(RightToWork);

export interface WorkExperience {
  title: string;
  organisation: string;
  /** Year and month, e.g. `2021-09`. */
  from: string;
  /** Year and month, or null while it goes on. */
  to: string | null;
  description: string;
}

export const PROFILE_LIMITS = {
  headline: 120,
  bio: 1_000,
  experience: 10,
  experienceText: 120,
  experienceDescription: 500,
  locations: 5,
  location: 80,
} as const;
/** Characters of a mentor's endorsement. */
export const ENDORSEMENT_MAX_LENGTH = 500;
export const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What the learner writes about themselves. */
export interface ProfileRequest {
  headline: string;
  bio: string;
  experience: WorkExperience[];
  /** The first day they can start (YYYY-MM-DD), or null: at once. */
  availableFrom: string | null;
  hoursPerWeek: number | null;
  preferredLocations: string[];
  remoteOk: boolean;
  /** Sensitive; shared only under the `sensitive` section. */
  rightToWork: RightToWork | null;
}

/** Private by default: nothing is visible until the learner opens their profile. */
export interface ConsentRequest {
  openToWork: boolean;
  sections: ProfileSection[];
}

export interface ConsentView extends ConsentRequest {
  updatedAt: string | null;
}

/** Evidence the platform holds about a learner, as they see it themselves. */
export interface ProfileEvidence {
  assessment: {
    completedAt: string;
    levels: Partial<Record<CompetenceArea, number>>;
  } | null;
  completedCourses: { courseId: string; title: string; completedAt: string }[];
  passedExercises: {
    count: number;
    examples: { itemId: string; title: string; passedAt: string }[];
  };
  endorsements: { by: PersonRef; body: string; at: string }[];
  /** From the intake. */
  languages: SpokenLanguage[];
}

export interface MyProfileView {
  profile: ProfileRequest & { updatedAt: string | null };
  consent: ConsentView;
  evidence: ProfileEvidence;
}

// ---------- what employers see, and the learner's record of it ----------

/** One employer's look at the learner's profile: who, for which organisation and job, when. */
export interface ProfileViewEntry {
  viewer: PersonRef;
  /** The organisation and job the look was for; their id is '' once they are deleted. */
  organisation: { id: string; name: string } | null;
  job: { id: string; title: string } | null;
  at: string;
}

/**
 * A candidate as an employer sees them: only the sections the learner shares. A section not
 * shared is absent, not empty.
 */
export interface CandidateProfileView {
  learnerId: string;
  displayName: string;
  sections: ProfileSection[];
  about?: { headline: string; bio: string };
  languages?: SpokenLanguage[];
  experience?: WorkExperience[];
  availability?: {
    availableFrom: string | null;
    hoursPerWeek: number | null;
    preferredLocations: string[];
    remoteOk: boolean;
  };
  sensitive?: { rightToWork: RightToWork | null };
  assessment?: ProfileEvidence['assessment'];
  completedCourses?: ProfileEvidence['completedCourses'];
  passedExercises?: ProfileEvidence['passedExercises'];
  endorsements?: ProfileEvidence['endorsements'];
  /** The match for the job it was opened for, on the shared evidence. */
  match: MatchResult;
  /** Where the candidate is in this job's pipeline, if there. */
  stage: PipelineStage | null;
  /** How to reach them, as they chose: once they accepted this job's interview invitation. */
  contact: SharedContact | null;
}

// ---------- the learner's own data ----------

/** Confirms an account deletion with the learner's password. */
export interface DeleteAccountRequest {
  password: string;
}

/** What a deletion removed and what it kept, and why: said to the learner in plain words. */
export interface DeletionReport {
  removed: string[];
  kept: { what: string; why: string }[];
}
