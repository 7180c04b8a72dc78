import { Identity1795463548890 } from './1795463548890-identity';
import { Learning1795467170616 } from './1795467170616-learning';
import { Coding1795467989639 } from './1795467989639-coding';
import { ExerciseOrigin1795468731204 } from './1795468731204-exercise-origin';
import { CohortsAndReview1795470500000 } from './1795470500000-cohorts-and-review';
import { ExerciseDrafts1795471000000 } from './1795471000000-exercise-drafts';
import { Assessment1795472000000 } from './1795472000000-assessment';
import { Organisations1795473000000 } from './1795473000000-organisations';
import { CandidateProfiles1795474000000 } from './1795474000000-candidate-profiles';
import { Pipeline1795475000000 } from './1795475000000-pipeline';
import { PasswordRecovery1795476100000 } from './1795476100000-password-recovery';
import { LearnerContact1795476200000 } from './1795476200000-learner-contact';
import { CohortEnrolments1795476400000 } from './1795476400000-cohort-enrolments';
import { AssessmentBankVersions1795476500000 } from './1795476500000-assessment-bank-versions';
import { AttemptDesign1795476600000 } from './1795476600000-attempt-design';

/** Every migration, oldest first. A new migration file is added here as well. */
export const MIGRATIONS = [
  Identity1795463548890,
  Learning1795467170616,
  Coding1795467989639,
  ExerciseOrigin1795468731204,
  CohortsAndReview1795470500000,
  ExerciseDrafts1795471000000,
  Assessment1795472000000,
  Organisations1795473000000,
  CandidateProfiles1795474000000,
  Pipeline1795475000000,
  PasswordRecovery1795476100000,
  LearnerContact1795476200000,
  CohortEnrolments1795476400000,
  AssessmentBankVersions1795476500000,
  AttemptDesign1795476600000,
];
