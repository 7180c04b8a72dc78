import { AssessmentAttempt } from '../assessment/entities/assessment-attempt.entity';
import { AssessmentBankVersion } from '../assessment/entities/assessment-bank-version.entity';
import { AssessmentItem } from '../assessment/entities/assessment-item.entity';
import { AssessmentResponse } from '../assessment/entities/assessment-response.entity';
import { IntakeProfile } from '../assessment/entities/intake-profile.entity';
import { Exercise } from '../coding/entities/exercise.entity';
import { ExerciseDraft } from '../coding/entities/exercise-draft.entity';
import { HintReveal } from '../coding/entities/hint-reveal.entity';
import { Submission } from '../coding/entities/submission.entity';
import { SubmissionComment } from '../coding/entities/submission-comment.entity';
import { Account } from '../identity/entities/account.entity';
import { AuditEvent } from '../identity/entities/audit-event.entity';
import { Invitation } from '../identity/entities/invitation.entity';
import { PasswordReset } from '../identity/entities/password-reset.entity';
import { RefreshToken } from '../identity/entities/refresh-token.entity';
import { Cohort } from '../learning/cohorts/entities/cohort.entity';
import { CohortCourse } from '../learning/cohorts/entities/cohort-course.entity';
import { CohortMember } from '../learning/cohorts/entities/cohort-member.entity';
import { Course } from '../learning/entities/course.entity';
import { CourseItem } from '../learning/entities/course-item.entity';
import { CourseModule } from '../learning/entities/course-module.entity';
import { Enrolment } from '../learning/entities/enrolment.entity';
import { ItemProgress } from '../learning/entities/item-progress.entity';
import { Application } from '../placement/entities/application.entity';
import { ApplicationEvent } from '../placement/entities/application-event.entity';
import { CandidateNote } from '../placement/entities/candidate-note.entity';
import { CandidateProfile } from '../placement/entities/candidate-profile.entity';
import { Endorsement } from '../placement/entities/endorsement.entity';
import { Job } from '../placement/entities/job.entity';
import { Organisation } from '../placement/entities/organisation.entity';
import { OrganisationMember } from '../placement/entities/organisation-member.entity';
import { ProfileView } from '../placement/entities/profile-view.entity';

/** Every entity of every domain; registering them in one place keeps the CLI and API in step. */
export const ENTITIES = [
  Account,
  Invitation,
  RefreshToken,
  PasswordReset,
  AuditEvent,
  Course,
  CourseModule,
  CourseItem,
  Enrolment,
  ItemProgress,
  Exercise,
  Submission,
  HintReveal,
  Cohort,
  CohortMember,
  CohortCourse,
  SubmissionComment,
  ExerciseDraft,
  AssessmentItem,
  IntakeProfile,
  AssessmentAttempt,
  AssessmentBankVersion,
  AssessmentResponse,
  Organisation,
  OrganisationMember,
  Job,
  CandidateProfile,
  Endorsement,
  ProfileView,
  Application,
  ApplicationEvent,
  CandidateNote,
];
