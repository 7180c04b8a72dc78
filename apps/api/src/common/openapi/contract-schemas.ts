// Generated from libs/contracts by `npm run openapi:schemas`: do not edit by hand.
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type * as C from '@passerelle/contracts';

/** The TypeScript type each schema describes: a route documents one its handler returns. */
export interface ContractTypes {
  AcceptInvitationRequest: C.AcceptInvitationRequest;
  AccessTokenClaims: C.AccessTokenClaims;
  AccountStatus: C.AccountStatus;
  AccountView: C.AccountView;
  AccountViewPage: C.Page<C.AccountView>;
  AddCohortLearnerRequest: C.AddCohortLearnerRequest;
  AddToPipelineRequest: C.AddToPipelineRequest;
  AdminHome: C.AdminHome;
  AnswerRequest: C.AnswerRequest;
  ApplicationSource: C.ApplicationSource;
  ApplyRequest: C.ApplyRequest;
  AreaDecisionView: C.AreaDecisionView;
  AreaPopulation: C.AreaPopulation;
  AssessedLearner: C.AssessedLearner;
  AssessmentItemDetail: C.AssessmentItemDetail;
  AssessmentItemKind: C.AssessmentItemKind;
  AssessmentItemRequest: C.AssessmentItemRequest;
  AssessmentItemStatus: C.AssessmentItemStatus;
  AssessmentItemSummary: C.AssessmentItemSummary;
  AssessmentItemText: C.AssessmentItemText;
  AssessmentOverview: C.AssessmentOverview;
  AssessmentResultView: C.AssessmentResultView;
  AssignCohortCourseRequest: C.AssignCohortCourseRequest;
  AttemptReview: C.AttemptReview;
  AttemptStatus: C.AttemptStatus;
  AttemptSummary: C.AttemptSummary;
  AttemptView: C.AttemptView;
  AttentionReason: C.AttentionReason;
  AuthoringItem: C.AuthoringItem;
  AuthoringModule: C.AuthoringModule;
  AuthorRef: C.AuthorRef;
  BankVersionDetail: C.BankVersionDetail;
  BankVersionSource: C.BankVersionSource;
  BankVersionStatus: C.BankVersionStatus;
  BankVersionSummary: C.BankVersionSummary;
  CalibrationDataSource: C.CalibrationDataSource;
  CalibrationItemRow: C.CalibrationItemRow;
  CalibrationStarted: C.CalibrationStarted;
  CandidateEvidence: C.CandidateEvidence;
  CandidateFilters: C.CandidateFilters;
  CandidateMatch: C.CandidateMatch;
  CandidateProfileView: C.CandidateProfileView;
  ChangeJobStatusRequest: C.ChangeJobStatusRequest;
  ChangeLanguageRequest: C.ChangeLanguageRequest;
  CohortCourse: C.CohortCourse;
  CohortCourseProgress: C.CohortCourseProgress;
  CohortDetail: C.CohortDetail;
  CohortLearner: C.CohortLearner;
  CohortOutcome: C.CohortOutcome;
  CohortSummary: C.CohortSummary;
  CommentRequest: C.CommentRequest;
  CompetenceArea: C.CompetenceArea;
  CompetenceId: C.CompetenceId;
  ConsentRequest: C.ConsentRequest;
  ConsentView: C.ConsentView;
  ConsoleArea: C.ConsoleArea;
  ConsoleAreaId: C.ConsoleAreaId;
  ContactChannel: C.ContactChannel;
  ContactRequest: C.ContactRequest;
  ContractType: C.ContractType;
  CourseAuthoring: C.CourseAuthoring;
  CourseCheck: C.CourseCheck;
  CourseLevels: C.CourseLevels;
  CourseOutcome: C.CourseOutcome;
  CourseOutline: C.CourseOutline;
  CourseRequirement: C.CourseRequirement;
  CourseStatus: C.CourseStatus;
  CourseSummary: C.CourseSummary;
  CourseText: C.CourseText;
  CourseView: C.CourseView;
  CreateCohortRequest: C.CreateCohortRequest;
  CreateCourseRequest: C.CreateCourseRequest;
  CreatedInvitationResponse: C.CreatedInvitationResponse;
  CreateInvitationRequest: C.CreateInvitationRequest;
  CreateItemRequest: C.CreateItemRequest;
  CreateModuleRequest: C.CreateModuleRequest;
  CreateOrganisationRequest: C.CreateOrganisationRequest;
  DeleteAccountRequest: C.DeleteAccountRequest;
  DeletionReport: C.DeletionReport;
  DeviceAccess: C.DeviceAccess;
  DraftSaved: C.DraftSaved;
  EmployerHome: C.EmployerHome;
  EnrolRequest: C.EnrolRequest;
  ExerciseDefinition: C.ExerciseDefinition;
  ExerciseDraft: C.ExerciseDraft;
  ExerciseText: C.ExerciseText;
  ExerciseView: C.ExerciseView;
  FeedbackEntry: C.FeedbackEntry;
  FeedbackQuery: C.FeedbackQuery;
  FeedbackView: C.FeedbackView;
  FieldError: C.FieldError;
  FieldRuleProblem: C.FieldRuleProblem;
  HintsView: C.HintsView;
  IntakeProfile: C.IntakeProfile;
  IntakeRequest: C.IntakeRequest;
  InvitableRole: C.InvitableRole;
  InvitationAnswerRequest: C.InvitationAnswerRequest;
  InvitationPreview: C.InvitationPreview;
  InvitationResponse: C.InvitationResponse;
  InvitationStatus: C.InvitationStatus;
  InvitationView: C.InvitationView;
  InviteEmployerRequest: C.InviteEmployerRequest;
  IrtParameters: C.IrtParameters;
  IrtParametersView: C.IrtParametersView;
  ItemBankView: C.ItemBankView;
  ItemKind: C.ItemKind;
  ItemStatistics: C.ItemStatistics;
  ItemText: C.ItemText;
  ItemView: C.ItemView;
  JobMatchView: C.JobMatchView;
  JobRequest: C.JobRequest;
  JobRequirementProblem: C.JobRequirementProblem;
  JobRequirements: C.JobRequirements;
  JobStatus: C.JobStatus;
  JobView: C.JobView;
  LanguageCheck: C.LanguageCheck;
  LanguageCode: C.LanguageCode;
  LanguageInfo: C.LanguageInfo;
  LanguageRequirement: C.LanguageRequirement;
  LanguageSkill: C.LanguageSkill;
  LearnerAssessment: C.LearnerAssessment;
  LearnerAttention: C.LearnerAttention;
  LevelCheck: C.LevelCheck;
  LevelGroup: C.LevelGroup;
  LevelRange: C.LevelRange;
  ListAccountsQuery: C.ListAccountsQuery;
  MarkFeedbackReadRequest: C.MarkFeedbackReadRequest;
  MatchResult: C.MatchResult;
  MentorHome: C.MentorHome;
  ModuleText: C.ModuleText;
  MoveStageRequest: C.MoveStageRequest;
  MyApplication: C.MyApplication;
  MyContactView: C.MyContactView;
  MyProfileView: C.MyProfileView;
  NamedRef: C.NamedRef;
  NoteRequest: C.NoteRequest;
  NoteView: C.NoteView;
  OpenJobSummary: C.OpenJobSummary;
  OrganisationDetail: C.OrganisationDetail;
  OrganisationMember: C.OrganisationMember;
  OrganisationRole: C.OrganisationRole;
  OrganisationSummary: C.OrganisationSummary;
  OutcomeCounts: C.OutcomeCounts;
  OutcomesView: C.OutcomesView;
  OutlineItem: C.OutlineItem;
  OutlineModule: C.OutlineModule;
  OverridePlacementRequest: C.OverridePlacementRequest;
  PasswordResetCodeResponse: C.PasswordResetCodeResponse;
  PasswordResetRequest: C.PasswordResetRequest;
  PasswordResetWithCodeRequest: C.PasswordResetWithCodeRequest;
  PasswordResetWithLinkRequest: C.PasswordResetWithLinkRequest;
  PersonRef: C.PersonRef;
  PipelineEntry: C.PipelineEntry;
  PipelineStage: C.PipelineStage;
  PlacementOverride: C.PlacementOverride;
  PlacementReasonView: C.PlacementReasonView;
  ProblemDetails: C.ProblemDetails;
  ProblemType: C.ProblemType;
  ProfileEvidence: C.ProfileEvidence;
  ProfileRequest: C.ProfileRequest;
  ProfileSection: C.ProfileSection;
  ProfileViewEntry: C.ProfileViewEntry;
  Progress: C.Progress;
  QuestionKind: C.QuestionKind;
  QuestionText: C.QuestionText;
  QuestionView: C.QuestionView;
  QuizAnswersRequest: C.QuizAnswersRequest;
  QuizQuestion: C.QuizQuestion;
  QuizResult: C.QuizResult;
  RecentApplication: C.RecentApplication;
  RecommendedCourse: C.RecommendedCourse;
  RefreshRequest: C.RefreshRequest;
  RemoteOption: C.RemoteOption;
  RenameCohortRequest: C.RenameCohortRequest;
  RequirementCheck: C.RequirementCheck;
  RequirementKind: C.RequirementKind;
  RequirementStatus: C.RequirementStatus;
  ReviewedResponse: C.ReviewedResponse;
  ReviewFeedEntry: C.ReviewFeedEntry;
  ReviewFeedEntryPage: C.Page<C.ReviewFeedEntry>;
  ReviewFeedQuery: C.ReviewFeedQuery;
  ReviewFilter: C.ReviewFilter;
  ReviewSubmission: C.ReviewSubmission;
  RightToWork: C.RightToWork;
  Role: C.Role;
  RuleProblem: C.RuleProblem;
  SaveDraftRequest: C.SaveDraftRequest;
  ScaleResult: C.ScaleResult;
  Schooling: C.Schooling;
  ServedItem: C.ServedItem;
  ServedOption: C.ServedOption;
  SessionResponse: C.SessionResponse;
  SharedContact: C.SharedContact;
  SignInRequest: C.SignInRequest;
  SignOutRequest: C.SignOutRequest;
  SignUpRequest: C.SignUpRequest;
  SpokenLanguage: C.SpokenLanguage;
  StageEvent: C.StageEvent;
  StartAttemptRequest: C.StartAttemptRequest;
  SubmissionComment: C.SubmissionComment;
  SubmissionKind: C.SubmissionKind;
  SubmissionView: C.SubmissionView;
  SubmitRequest: C.SubmitRequest;
  TestLengthEstimate: C.TestLengthEstimate;
  TextDirection: C.TextDirection;
  UpdateAssessmentItemRequest: C.UpdateAssessmentItemRequest;
  UpdateCourseRequest: C.UpdateCourseRequest;
  UpdateItemRequest: C.UpdateItemRequest;
  UpdateJobRequest: C.UpdateJobRequest;
  UpdateModuleRequest: C.UpdateModuleRequest;
  UpdateMyAccountRequest: C.UpdateMyAccountRequest;
  WorkExperience: C.WorkExperience;
}

export type ContractSchemaName = keyof ContractTypes;

/** OpenAPI 3.0 schemas of the contracts, referring to each other as components. */
export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject> = {
  AcceptInvitationRequest: {
    type: 'object',
    properties: { token: { type: 'string' }, password: { type: 'string' } },
    required: ['token', 'password'],
  },
  AccessTokenClaims: {
    type: 'object',
    properties: {
      sub: { type: 'string' },
      role: { $ref: '#/components/schemas/Role' },
      sid: {
        type: 'string',
        description: 'The session (refresh-token family): once it ends, so does the access token.',
      },
    },
    required: ['sub', 'role', 'sid'],
    description: 'The claims inside an access token.',
  },
  AccountStatus: { type: 'string', enum: ['invited', 'active', 'disabled'] },
  AccountView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      email: { type: 'string', nullable: true },
      username: { type: 'string', nullable: true },
      displayName: { type: 'string' },
      role: { $ref: '#/components/schemas/Role' },
      status: { $ref: '#/components/schemas/AccountStatus' },
      preferredLanguage: { $ref: '#/components/schemas/LanguageCode' },
      createdAt: { type: 'string' },
    },
    required: [
      'id',
      'email',
      'username',
      'displayName',
      'role',
      'status',
      'preferredLanguage',
      'createdAt',
    ],
  },
  AccountViewPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/AccountView' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
  },
  AddCohortLearnerRequest: {
    type: 'object',
    properties: {
      identifier: {
        type: 'string',
        description: "The learner's email or username, as they sign in.",
      },
    },
    required: ['identifier'],
  },
  AddToPipelineRequest: {
    type: 'object',
    properties: { learnerId: { type: 'string' } },
    required: ['learnerId'],
  },
  AdminHome: {
    type: 'object',
    properties: {
      accounts: {
        type: 'object',
        properties: {
          learners: { type: 'number' },
          mentors: { type: 'number' },
          employers: { type: 'number' },
          admins: { type: 'number' },
        },
        required: ['learners', 'mentors', 'employers', 'admins'],
      },
      pendingInvitations: { type: 'number' },
      cohorts: { type: 'number' },
      organisations: { type: 'number' },
      openJobs: { type: 'number' },
      hires: { type: 'number', description: 'Learners hired, over every organisation.' },
      helpRequests: { type: 'number' },
    },
    required: [
      'accounts',
      'pendingInvitations',
      'cohorts',
      'organisations',
      'openJobs',
      'hires',
      'helpRequests',
    ],
    description: 'The platform at a glance, for admins.',
  },
  AnswerRequest: {
    type: 'object',
    properties: {
      position: { type: 'number' },
      itemId: { type: 'string' },
      choiceIds: { type: 'array', items: { type: 'string' } },
      dontKnow: { type: 'boolean' },
    },
    required: ['position', 'itemId'],
    description:
      'An answer to the item served at `position`: the chosen option ids (for ordering, every option in the chosen order), or "I don\'t know".',
  },
  ApplicationSource: {
    type: 'string',
    enum: ['employer', 'applied'],
    description: 'How the candidate came into the pipeline.',
  },
  ApplyRequest: {
    type: 'object',
    properties: { message: { type: 'string' } },
    required: ['message'],
  },
  AreaDecisionView: {
    type: 'object',
    properties: {
      settled: {
        type: 'string',
        enum: ['confident', 'no-items', null],
        nullable: true,
        description:
          "'confident': every cut's side reached the confidence; 'no-items': no question left in the area; null: still open when the test ended (at its maximum length).",
      },
      after: {
        type: 'number',
        nullable: true,
        description: 'The answer after which the area was settled for good; null if it never was.',
      },
      confidence: {
        type: 'number',
        description:
          'The posterior probability that the level lies in [fromLevel, toLevel], its level group.',
      },
      fromLevel: { type: 'number' },
      toLevel: { type: 'number' },
    },
    required: ['settled', 'after', 'confidence', 'fromLevel', 'toLevel'],
    description:
      "How an area was decided: the test stops asking in an area once the side of each cut placement uses (level groups, courses' entry and target levels) is sure enough.",
  },
  AreaPopulation: {
    type: 'object',
    properties: { mean: { type: 'number' }, sd: { type: 'number' } },
    required: ['mean', 'sd'],
    description: "The ability distribution of an area's learners, on the bank's scale.",
  },
  AssessedLearner: {
    allOf: [
      { $ref: '#/components/schemas/PersonRef' },
      {
        type: 'object',
        properties: {
          identifier: { type: 'string' },
          cohorts: { type: 'array', items: { type: 'string' } },
          intake: { allOf: [{ $ref: '#/components/schemas/IntakeProfile' }], nullable: true },
          latest: { allOf: [{ $ref: '#/components/schemas/AttemptSummary' }], nullable: true },
        },
        required: ['identifier', 'cohorts', 'intake', 'latest'],
      },
    ],
  },
  AssessmentItemDetail: {
    allOf: [
      { $ref: '#/components/schemas/AssessmentItemSummary' },
      {
        type: 'object',
        properties: {
          image: { type: 'string', nullable: true },
          code: { type: 'string', nullable: true },
          answer: { type: 'array', items: { type: 'number' } },
          translations: {
            type: 'object',
            properties: {
              en: { $ref: '#/components/schemas/AssessmentItemText' },
              fr: { $ref: '#/components/schemas/AssessmentItemText' },
              ar: { $ref: '#/components/schemas/AssessmentItemText' },
            },
          },
        },
        required: ['image', 'code', 'answer', 'translations'],
      },
    ],
  },
  AssessmentItemKind: {
    type: 'string',
    enum: ['single', 'multiple', 'ordering', 'picture'],
    description:
      'How a learner answers an assessment item: - `single`: one right option; - `multiple`: every right option, and none of the others; - `ordering`: all options in the right order (served shuffled); - `picture`: an image shown with the prompt, and one right option about it.',
  },
  AssessmentItemRequest: {
    type: 'object',
    properties: {
      key: { type: 'string' },
      area: { $ref: '#/components/schemas/CompetenceArea' },
      competence: { type: 'string' },
      kind: { $ref: '#/components/schemas/AssessmentItemKind' },
      image: { type: 'string', nullable: true },
      code: { type: 'string', nullable: true },
      irt: {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' }, c: { type: 'number' } },
        required: ['a', 'b'],
      },
      answer: { type: 'array', items: { type: 'number' } },
      fallbackLanguage: { $ref: '#/components/schemas/LanguageCode' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/AssessmentItemText' },
          fr: { $ref: '#/components/schemas/AssessmentItemText' },
          ar: { $ref: '#/components/schemas/AssessmentItemText' },
        },
      },
    },
    required: [
      'key',
      'area',
      'competence',
      'kind',
      'irt',
      'answer',
      'fallbackLanguage',
      'translations',
    ],
    description: 'What an author writes. `answer` holds option indexes, as quiz questions do.',
  },
  AssessmentItemStatus: { type: 'string', enum: ['active', 'retired'] },
  AssessmentItemSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      key: { type: 'string' },
      area: { $ref: '#/components/schemas/CompetenceArea' },
      competence: { type: 'string' },
      kind: { $ref: '#/components/schemas/AssessmentItemKind' },
      status: { $ref: '#/components/schemas/AssessmentItemStatus' },
      irt: { $ref: '#/components/schemas/IrtParametersView' },
      exposureControl: {
        type: 'number',
        description: 'Sympson–Hetter: the chance the item is given when selected.',
      },
      fallbackLanguage: { $ref: '#/components/schemas/LanguageCode' },
      languages: { type: 'array', items: { $ref: '#/components/schemas/LanguageCode' } },
      prompt: { type: 'string', description: 'In the fallback language.' },
      stats: { $ref: '#/components/schemas/ItemStatistics' },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'key',
      'area',
      'competence',
      'kind',
      'status',
      'irt',
      'exposureControl',
      'fallbackLanguage',
      'languages',
      'prompt',
      'stats',
      'updatedAt',
    ],
  },
  AssessmentItemText: {
    type: 'object',
    properties: {
      prompt: { type: 'string' },
      options: { type: 'array', items: { type: 'string' } },
      alt: { type: 'string' },
    },
    required: ['prompt', 'options'],
  },
  AssessmentOverview: {
    type: 'object',
    properties: {
      intake: { allOf: [{ $ref: '#/components/schemas/IntakeProfile' }], nullable: true },
      current: {
        allOf: [{ $ref: '#/components/schemas/AttemptView' }],
        nullable: true,
        description: 'The attempt in progress, if any.',
      },
      latest: {
        allOf: [{ $ref: '#/components/schemas/AttemptView' }],
        nullable: true,
        description: 'The last completed attempt, with its result.',
      },
      canStart: {
        type: 'boolean',
        description: 'Whether a new attempt may start now (none in progress, no cooldown).',
      },
      retakeAvailableAt: {
        type: 'string',
        nullable: true,
        description: 'When the cooldown after the last completed attempt ends (null: no cooldown).',
      },
      languages: {
        type: 'array',
        items: { $ref: '#/components/schemas/LanguageCode' },
        description: 'Languages the test can be taken in.',
      },
      length: {
        allOf: [{ $ref: '#/components/schemas/TestLengthEstimate' }],
        description: 'How long the test takes, told before it starts.',
      },
    },
    required: [
      'intake',
      'current',
      'latest',
      'canStart',
      'retakeAvailableAt',
      'languages',
      'length',
    ],
    description: "Everything the dashboard needs to show the assessment's state.",
  },
  AssessmentResultView: {
    type: 'object',
    properties: {
      overall: { $ref: '#/components/schemas/ScaleResult' },
      areas: {
        type: 'object',
        properties: {
          information: { $ref: '#/components/schemas/ScaleResult' },
          communication: { $ref: '#/components/schemas/ScaleResult' },
          'content-creation': { $ref: '#/components/schemas/ScaleResult' },
          safety: { $ref: '#/components/schemas/ScaleResult' },
          'problem-solving': { $ref: '#/components/schemas/ScaleResult' },
          coding: { $ref: '#/components/schemas/ScaleResult' },
        },
        required: [
          'information',
          'communication',
          'content-creation',
          'safety',
          'problem-solving',
          'coding',
        ],
        description: 'The five DigComp areas and coding readiness.',
      },
      recommendations: { type: 'array', items: { $ref: '#/components/schemas/RecommendedCourse' } },
      override: {
        allOf: [{ $ref: '#/components/schemas/PlacementOverride' }],
        nullable: true,
        description:
          "Set when a mentor chose the courses: `recommendations` are then the mentor's.",
      },
    },
    required: ['overall', 'areas', 'recommendations', 'override'],
  },
  AssignCohortCourseRequest: {
    type: 'object',
    properties: { courseId: { type: 'string' } },
    required: ['courseId'],
  },
  AttemptReview: {
    allOf: [
      { $ref: '#/components/schemas/AttemptSummary' },
      {
        type: 'object',
        properties: {
          stopReason: {
            type: 'string',
            nullable: true,
            description:
              "Why the test stopped: 'decided' (every area settled), 'max-length', 'bank-exhausted', or 'precision' and 'max-length' for attempts of the earlier engine; null while in progress.",
          },
          learner: { $ref: '#/components/schemas/PersonRef' },
          expiresAt: { type: 'string' },
          resetBy: { allOf: [{ $ref: '#/components/schemas/PersonRef' }], nullable: true },
          responses: { type: 'array', items: { $ref: '#/components/schemas/ReviewedResponse' } },
          currentItemKey: {
            type: 'string',
            nullable: true,
            description: 'The item served now, if in progress (its id and since when).',
          },
          result: {
            allOf: [{ $ref: '#/components/schemas/AssessmentResultView' }],
            nullable: true,
          },
        },
        required: [
          'stopReason',
          'learner',
          'expiresAt',
          'resetBy',
          'responses',
          'currentItemKey',
          'result',
        ],
      },
    ],
  },
  AttemptStatus: { type: 'string', enum: ['in-progress', 'completed', 'expired', 'reset'] },
  AttemptSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      status: { $ref: '#/components/schemas/AttemptStatus' },
      language: { $ref: '#/components/schemas/LanguageCode' },
      startedAt: { type: 'string' },
      completedAt: { type: 'string', nullable: true },
      answered: { type: 'number' },
      overall: { allOf: [{ $ref: '#/components/schemas/ScaleResult' }], nullable: true },
      areas: {
        type: 'object',
        properties: {
          information: { $ref: '#/components/schemas/ScaleResult' },
          communication: { $ref: '#/components/schemas/ScaleResult' },
          'content-creation': { $ref: '#/components/schemas/ScaleResult' },
          safety: { $ref: '#/components/schemas/ScaleResult' },
          'problem-solving': { $ref: '#/components/schemas/ScaleResult' },
          coding: { $ref: '#/components/schemas/ScaleResult' },
        },
        required: [
          'information',
          'communication',
          'content-creation',
          'safety',
          'problem-solving',
          'coding',
        ],
        nullable: true,
      },
    },
    required: [
      'id',
      'status',
      'language',
      'startedAt',
      'completedAt',
      'answered',
      'overall',
      'areas',
    ],
  },
  AttemptView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      status: { $ref: '#/components/schemas/AttemptStatus' },
      language: { $ref: '#/components/schemas/LanguageCode' },
      startedAt: { type: 'string' },
      expiresAt: { type: 'string' },
      completedAt: { type: 'string', nullable: true },
      answered: { type: 'number' },
      questionsLeft: {
        type: 'number',
        description: '"About N questions left", this one included; 0 once the test is over.',
      },
      current: {
        allOf: [{ $ref: '#/components/schemas/ServedItem' }],
        nullable: true,
        description: 'The item to answer now, while in progress.',
      },
      result: {
        allOf: [{ $ref: '#/components/schemas/AssessmentResultView' }],
        nullable: true,
        description: 'Once completed.',
      },
    },
    required: [
      'id',
      'status',
      'language',
      'startedAt',
      'expiresAt',
      'completedAt',
      'answered',
      'questionsLeft',
      'current',
      'result',
    ],
  },
  AttentionReason: {
    type: 'string',
    enum: ['help', 'failing', 'inactive'],
    description:
      "Why a learner needs a mentor's look: an unanswered help request, several failed tries on an exercise without a pass, or no activity for a while.",
  },
  AuthoringItem: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/ItemKind' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ItemText' },
          fr: { $ref: '#/components/schemas/ItemText' },
          ar: { $ref: '#/components/schemas/ItemText' },
        },
      },
      questions: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuizQuestion' },
        nullable: true,
        description: 'Quizzes: the questions with their answer keys.',
      },
      exercise: {
        allOf: [{ $ref: '#/components/schemas/ExerciseDefinition' }],
        nullable: true,
        description: 'Exercises: the whole definition, hidden tests included.',
      },
      hasLearnerWork: {
        type: 'boolean',
        description: 'Learners have progress or submissions on it, so it cannot be deleted.',
      },
    },
    required: ['id', 'kind', 'translations', 'questions', 'exercise', 'hasLearnerWork'],
  },
  AuthoringModule: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ModuleText' },
          fr: { $ref: '#/components/schemas/ModuleText' },
          ar: { $ref: '#/components/schemas/ModuleText' },
        },
      },
      items: { type: 'array', items: { $ref: '#/components/schemas/AuthoringItem' } },
    },
    required: ['id', 'translations', 'items'],
  },
  AuthorRef: {
    type: 'object',
    properties: { id: { type: 'string' }, displayName: { type: 'string' } },
    required: ['id', 'displayName'],
  },
  BankVersionDetail: {
    allOf: [
      { $ref: '#/components/schemas/BankVersionSummary' },
      {
        type: 'object',
        properties: {
          population: {
            type: 'object',
            properties: {
              information: { $ref: '#/components/schemas/AreaPopulation' },
              communication: { $ref: '#/components/schemas/AreaPopulation' },
              'content-creation': { $ref: '#/components/schemas/AreaPopulation' },
              safety: { $ref: '#/components/schemas/AreaPopulation' },
              'problem-solving': { $ref: '#/components/schemas/AreaPopulation' },
              coding: { $ref: '#/components/schemas/AreaPopulation' },
            },
            required: [
              'information',
              'communication',
              'content-creation',
              'safety',
              'problem-solving',
              'coding',
            ],
          },
          items: {
            type: 'array',
            items: { $ref: '#/components/schemas/CalibrationItemRow' },
            description:
              'Calibrated versions: one row per item of the fit; empty for authored versions.',
          },
        },
        required: ['population', 'items'],
      },
    ],
  },
  BankVersionSource: {
    type: 'string',
    enum: ['authored', 'calibrated'],
    description: 'Written by authors (version 1, and edits), or fitted on answers.',
  },
  BankVersionStatus: {
    type: 'string',
    enum: ['proposed', 'current', 'superseded', 'rejected'],
    description:
      "Versions of the skills check's item bank. A fit of the items on learners' answers becomes a *proposed* version; a mentor or admin reviews it and applies it (it becomes *current*, the one before is *superseded*) or rejects it. Every attempt keeps the version it started with.",
  },
  BankVersionSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'number' },
      status: { $ref: '#/components/schemas/BankVersionStatus' },
      source: { $ref: '#/components/schemas/BankVersionSource' },
      createdAt: { type: 'string' },
      createdBy: {
        allOf: [{ $ref: '#/components/schemas/PersonRef' }],
        nullable: true,
        description: 'Null for the scheduled job and the migration.',
      },
      reviewedAt: { type: 'string', nullable: true },
      reviewedBy: { allOf: [{ $ref: '#/components/schemas/PersonRef' }], nullable: true },
      correlation: { type: 'number' },
      fit: {
        type: 'object',
        properties: {
          dataSource: { $ref: '#/components/schemas/CalibrationDataSource' },
          attempts: { type: 'number' },
          answers: { type: 'number' },
          iterations: { type: 'number' },
          converged: { type: 'boolean' },
          fitted: { type: 'number' },
          misfits: { type: 'number' },
        },
        required: [
          'dataSource',
          'attempts',
          'answers',
          'iterations',
          'converged',
          'fitted',
          'misfits',
        ],
        nullable: true,
        description: 'Calibrated versions only: what the fit used and how it went.',
      },
    },
    required: [
      'id',
      'number',
      'status',
      'source',
      'createdAt',
      'createdBy',
      'reviewedAt',
      'reviewedBy',
      'correlation',
      'fit',
    ],
  },
  CalibrationDataSource: {
    type: 'string',
    enum: ['learners', 'simulated'],
    description:
      "Whose answers a calibration was fitted on: learners' completed attempts, or simulated learners (the demo data, so that a newcomer sees a proposal at once).",
  },
  CalibrationItemRow: {
    type: 'object',
    properties: {
      itemId: { type: 'string' },
      key: {
        type: 'string',
        nullable: true,
        description: 'Null when the item no longer exists (never: items are retired, not deleted).',
      },
      area: { $ref: '#/components/schemas/CompetenceArea' },
      answers: { type: 'number' },
      status: {
        type: 'string',
        enum: ['fitted', 'anchor', 'too-few-answers'],
        description: '`anchor`: kept fixed to hold the scale; `too-few-answers`: kept as it was.',
      },
      before: { $ref: '#/components/schemas/IrtParameters' },
      after: { $ref: '#/components/schemas/IrtParameters' },
      se: {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' } },
        required: ['a', 'b'],
        nullable: true,
      },
      rmsd: {
        type: 'number',
        nullable: true,
        description:
          'RMSD between observed and model-implied proportions right over the ability grid.',
      },
      misfit: { type: 'boolean' },
      exposureControl: {
        type: 'number',
        description: 'Sympson–Hetter parameter with the new parameters.',
      },
    },
    required: [
      'itemId',
      'key',
      'area',
      'answers',
      'status',
      'before',
      'after',
      'se',
      'rmsd',
      'misfit',
      'exposureControl',
    ],
    description: 'How one item came out of a fit.',
  },
  CalibrationStarted: {
    type: 'object',
    properties: { started: { type: 'boolean', enum: [true] } },
    required: ['started'],
    description:
      '`POST /api/assessment/calibrations` (202): the fit started; it takes minutes, and the proposed version appears in the list of versions when done.',
  },
  CandidateEvidence: {
    type: 'object',
    properties: {
      levels: {
        type: 'object',
        properties: {
          information: {
            type: 'object',
            properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
            required: ['level', 'assessedAt'],
          },
          communication: {
            type: 'object',
            properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
            required: ['level', 'assessedAt'],
          },
          'content-creation': {
            type: 'object',
            properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
            required: ['level', 'assessedAt'],
          },
          safety: {
            type: 'object',
            properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
            required: ['level', 'assessedAt'],
          },
          'problem-solving': {
            type: 'object',
            properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
            required: ['level', 'assessedAt'],
          },
          coding: {
            type: 'object',
            properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
            required: ['level', 'assessedAt'],
          },
        },
        description:
          "Levels from the candidate's latest completed assessment, with when it was taken.",
      },
      languages: {
        type: 'array',
        items: { $ref: '#/components/schemas/SpokenLanguage' },
        description: 'Languages the candidate declared at intake.',
      },
      completedCourses: {
        type: 'array',
        items: {
          type: 'object',
          properties: { courseId: { type: 'string' }, completedAt: { type: 'string' } },
          required: ['courseId', 'completedAt'],
        },
      },
      coursesInProgress: {
        type: 'array',
        items: {
          type: 'object',
          properties: { courseId: { type: 'string' }, percent: { type: 'number' } },
          required: ['courseId', 'percent'],
        },
      },
    },
    required: ['levels', 'languages', 'completedCourses', 'coursesInProgress'],
    description:
      'The evidence a candidate is matched on, as the platform holds it (never self-rated levels).',
  },
  CandidateFilters: {
    type: 'object',
    properties: {
      area: {
        type: 'string',
        description: 'With `level`: candidates at or above this level in this area.',
      },
      level: { type: 'number' },
      language: { type: 'string', description: 'A language the candidate speaks (ISO 639 code).' },
      location: {
        type: 'string',
        description:
          "A place among the candidate's preferred locations (case-insensitive substring).",
      },
      availableBy: {
        type: 'string',
        description: 'Candidates available on or before this date (YYYY-MM-DD).',
      },
      courseId: { type: 'string', description: 'A course the candidate completed.' },
    },
    description: "Filters of a job's candidate list (query parameters).",
  },
  CandidateMatch: {
    type: 'object',
    properties: {
      learnerId: { type: 'string' },
      displayName: { type: 'string' },
      headline: { type: 'string', nullable: true, description: 'When the learner shares "about".' },
      match: { $ref: '#/components/schemas/MatchResult' },
      stage: {
        allOf: [{ $ref: '#/components/schemas/PipelineStage' }],
        nullable: true,
        description: "Where the candidate is in this job's pipeline, if there.",
      },
    },
    required: ['learnerId', 'displayName', 'headline', 'match', 'stage'],
    description:
      "A visible candidate in a job's ranked list: the match is computed on shared evidence only.",
  },
  CandidateProfileView: {
    type: 'object',
    properties: {
      learnerId: { type: 'string' },
      displayName: { type: 'string' },
      sections: { type: 'array', items: { $ref: '#/components/schemas/ProfileSection' } },
      about: {
        type: 'object',
        properties: { headline: { type: 'string' }, bio: { type: 'string' } },
        required: ['headline', 'bio'],
      },
      languages: { type: 'array', items: { $ref: '#/components/schemas/SpokenLanguage' } },
      experience: { type: 'array', items: { $ref: '#/components/schemas/WorkExperience' } },
      availability: {
        type: 'object',
        properties: {
          availableFrom: { type: 'string', nullable: true },
          hoursPerWeek: { type: 'number', nullable: true },
          preferredLocations: { type: 'array', items: { type: 'string' } },
          remoteOk: { type: 'boolean' },
        },
        required: ['availableFrom', 'hoursPerWeek', 'preferredLocations', 'remoteOk'],
      },
      sensitive: {
        type: 'object',
        properties: {
          rightToWork: { allOf: [{ $ref: '#/components/schemas/RightToWork' }], nullable: true },
        },
        required: ['rightToWork'],
      },
      assessment: {
        type: 'object',
        properties: {
          completedAt: { type: 'string' },
          levels: {
            type: 'object',
            properties: {
              information: { type: 'number' },
              communication: { type: 'number' },
              'content-creation': { type: 'number' },
              safety: { type: 'number' },
              'problem-solving': { type: 'number' },
              coding: { type: 'number' },
            },
          },
        },
        required: ['completedAt', 'levels'],
        nullable: true,
      },
      completedCourses: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            courseId: { type: 'string' },
            title: { type: 'string' },
            completedAt: { type: 'string' },
          },
          required: ['courseId', 'title', 'completedAt'],
        },
      },
      passedExercises: {
        type: 'object',
        properties: {
          count: { type: 'number' },
          examples: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                itemId: { type: 'string' },
                title: { type: 'string' },
                passedAt: { type: 'string' },
              },
              required: ['itemId', 'title', 'passedAt'],
            },
          },
        },
        required: ['count', 'examples'],
      },
      endorsements: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            by: { $ref: '#/components/schemas/PersonRef' },
            body: { type: 'string' },
            at: { type: 'string' },
          },
          required: ['by', 'body', 'at'],
        },
      },
      match: {
        allOf: [{ $ref: '#/components/schemas/MatchResult' }],
        description: 'The match for the job it was opened for, on the shared evidence.',
      },
      stage: {
        allOf: [{ $ref: '#/components/schemas/PipelineStage' }],
        nullable: true,
        description: "Where the candidate is in this job's pipeline, if there.",
      },
      contact: {
        allOf: [{ $ref: '#/components/schemas/SharedContact' }],
        nullable: true,
        description:
          "How to reach them, as they chose: once they accepted this job's interview invitation.",
      },
    },
    required: ['learnerId', 'displayName', 'sections', 'match', 'stage', 'contact'],
    description:
      'A candidate as an employer sees them: only the sections the learner shares. A section not shared is absent, not empty.',
  },
  ChangeJobStatusRequest: {
    type: 'object',
    properties: { status: { $ref: '#/components/schemas/JobStatus' } },
    required: ['status'],
  },
  ChangeLanguageRequest: {
    type: 'object',
    properties: { language: { $ref: '#/components/schemas/LanguageCode' } },
    required: ['language'],
  },
  CohortCourse: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      status: { $ref: '#/components/schemas/CourseStatus' },
    },
    required: ['id', 'title', 'status'],
  },
  CohortCourseProgress: {
    type: 'object',
    properties: {
      courseId: { type: 'string' },
      progress: { $ref: '#/components/schemas/Progress' },
      completedAt: { type: 'string', nullable: true },
    },
    required: ['courseId', 'progress', 'completedAt'],
    description: "A learner's standing in one course assigned to the cohort.",
  },
  CohortDetail: {
    allOf: [
      { $ref: '#/components/schemas/CohortSummary' },
      {
        type: 'object',
        properties: {
          courses: { type: 'array', items: { $ref: '#/components/schemas/CohortCourse' } },
          learners: { type: 'array', items: { $ref: '#/components/schemas/CohortLearner' } },
        },
        required: ['courses', 'learners'],
      },
    ],
  },
  CohortLearner: {
    allOf: [
      { $ref: '#/components/schemas/PersonRef' },
      {
        type: 'object',
        properties: {
          identifier: {
            type: 'string',
            description: 'Email or username: what the learner signs in with.',
          },
          addedAt: { type: 'string' },
          progress: { type: 'array', items: { $ref: '#/components/schemas/CohortCourseProgress' } },
          helpRequests: {
            type: 'number',
            description:
              'Submissions on which the learner asked for help and no mentor has answered yet.',
          },
        },
        required: ['identifier', 'addedAt', 'progress', 'helpRequests'],
      },
    ],
  },
  CohortOutcome: {
    allOf: [
      { $ref: '#/components/schemas/OutcomeCounts' },
      {
        type: 'object',
        properties: { cohortId: { type: 'string' }, name: { type: 'string' } },
        required: ['cohortId', 'name'],
      },
    ],
  },
  CohortSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      mentor: { $ref: '#/components/schemas/PersonRef' },
      learnerCount: { type: 'number' },
      courseCount: { type: 'number' },
      createdAt: { type: 'string' },
    },
    required: ['id', 'name', 'mentor', 'learnerCount', 'courseCount', 'createdAt'],
    description: "A mentor's group of learners, and the courses assigned to all of them.",
  },
  CommentRequest: {
    type: 'object',
    properties: { body: { type: 'string' }, line: { type: 'number' } },
    required: ['body'],
  },
  CompetenceArea: {
    type: 'string',
    enum: [
      'information',
      'communication',
      'content-creation',
      'safety',
      'problem-solving',
      'coding',
    ],
    description: 'The five DigComp 2.2 competence areas, plus readiness for the code track.',
  },
  CompetenceId: {
    type: 'string',
    enum: [
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      'C.1',
      'C.2',
      'C.3',
      'C.4',
      'C.5',
    ],
  },
  ConsentRequest: {
    type: 'object',
    properties: {
      openToWork: { type: 'boolean' },
      sections: { type: 'array', items: { $ref: '#/components/schemas/ProfileSection' } },
    },
    required: ['openToWork', 'sections'],
    description: 'Private by default: nothing is visible until the learner opens their profile.',
  },
  ConsentView: {
    allOf: [
      { $ref: '#/components/schemas/ConsentRequest' },
      {
        type: 'object',
        properties: { updatedAt: { type: 'string', nullable: true } },
        required: ['updatedAt'],
      },
    ],
  },
  ConsoleArea: {
    anyOf: [
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['home'] },
          path: { type: 'string', enum: [''] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['mentor', 'employer', 'admin'] },
            minItems: 3,
            maxItems: 3,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['courses'] },
          path: { type: 'string', enum: ['courses'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['mentor', 'admin'] },
            minItems: 2,
            maxItems: 2,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['cohorts'] },
          path: { type: 'string', enum: ['cohorts'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['mentor', 'admin'] },
            minItems: 2,
            maxItems: 2,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['review'] },
          path: { type: 'string', enum: ['review'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['mentor', 'admin'] },
            minItems: 2,
            maxItems: 2,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['assessment'] },
          path: { type: 'string', enum: ['assessment'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['mentor', 'admin'] },
            minItems: 2,
            maxItems: 2,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['organisations'] },
          path: { type: 'string', enum: ['organisations'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['employer', 'admin'] },
            minItems: 2,
            maxItems: 2,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['invitations'] },
          path: { type: 'string', enum: ['invitations'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['admin'] },
            minItems: 1,
            maxItems: 1,
          },
        },
        required: ['id', 'path', 'roles'],
      },
      {
        type: 'object',
        properties: {
          id: { type: 'string', enum: ['accounts'] },
          path: { type: 'string', enum: ['accounts'] },
          roles: {
            type: 'array',
            items: { type: 'string', enum: ['admin'] },
            minItems: 1,
            maxItems: 1,
          },
        },
        required: ['id', 'path', 'roles'],
      },
    ],
  },
  ConsoleAreaId: {
    type: 'string',
    enum: [
      'home',
      'courses',
      'cohorts',
      'review',
      'assessment',
      'organisations',
      'invitations',
      'accounts',
    ],
  },
  ContactChannel: {
    type: 'string',
    enum: ['phone', 'email', 'passerelle'],
    description:
      'How an employer may reach a learner once the learner accepts an interview invitation. Not everyone has email: a phone number, or "through Passerelle" (the employer gets no personal contact and is told to ask the learner\'s mentor, or the Passerelle team without one).',
  },
  ContactRequest: {
    type: 'object',
    properties: {
      phone: {
        type: 'string',
        nullable: true,
        description: 'International form (see `PHONE_PATTERN`), or null: no phone number.',
      },
      contactVia: { $ref: '#/components/schemas/ContactChannel' },
    },
    required: ['phone', 'contactVia'],
  },
  ContractType: {
    type: 'string',
    enum: ['permanent', 'fixed-term', 'apprenticeship', 'internship', 'freelance'],
  },
  CourseAuthoring: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      status: { $ref: '#/components/schemas/CourseStatus' },
      defaultLanguage: { $ref: '#/components/schemas/LanguageCode' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/CourseText' },
          fr: { $ref: '#/components/schemas/CourseText' },
          ar: { $ref: '#/components/schemas/CourseText' },
        },
      },
      levels: { $ref: '#/components/schemas/CourseLevels' },
      author: { allOf: [{ $ref: '#/components/schemas/AuthorRef' }], nullable: true },
      editable: { type: 'boolean' },
      learnerCount: { type: 'number' },
      publishedAt: { type: 'string', nullable: true },
      updatedAt: { type: 'string' },
      modules: { type: 'array', items: { $ref: '#/components/schemas/AuthoringModule' } },
    },
    required: [
      'id',
      'slug',
      'status',
      'defaultLanguage',
      'translations',
      'levels',
      'author',
      'editable',
      'learnerCount',
      'publishedAt',
      'updatedAt',
      'modules',
    ],
    description:
      'The whole course as its authors edit it: every language, answer keys, hidden tests.',
  },
  CourseCheck: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['course'] },
      requirement: { $ref: '#/components/schemas/CourseRequirement' },
      evidence: {
        type: 'object',
        properties: {
          completedAt: { type: 'string', nullable: true },
          percent: { type: 'number' },
        },
        required: ['completedAt', 'percent'],
        nullable: true,
      },
      status: { $ref: '#/components/schemas/RequirementStatus' },
      required: {
        type: 'boolean',
        description:
          'Required requirements weigh fully in the score; preferred ones (courses only) weigh half.',
      },
    },
    required: ['kind', 'requirement', 'evidence', 'status', 'required'],
    description:
      'A course; the evidence is its completion (`completedAt`, percent 100) or the progress of a course under way (`completedAt` null), or null when the candidate has not started it.',
  },
  CourseLevels: {
    type: 'object',
    properties: {
      information: { $ref: '#/components/schemas/LevelRange' },
      communication: { $ref: '#/components/schemas/LevelRange' },
      'content-creation': { $ref: '#/components/schemas/LevelRange' },
      safety: { $ref: '#/components/schemas/LevelRange' },
      'problem-solving': { $ref: '#/components/schemas/LevelRange' },
      coding: { $ref: '#/components/schemas/LevelRange' },
    },
  },
  CourseOutcome: {
    allOf: [
      { $ref: '#/components/schemas/OutcomeCounts' },
      {
        type: 'object',
        properties: { courseId: { type: 'string' }, title: { type: 'string' } },
        required: ['courseId', 'title'],
      },
    ],
  },
  CourseOutline: {
    allOf: [
      { $ref: '#/components/schemas/CourseView' },
      {
        type: 'object',
        properties: {
          modules: { type: 'array', items: { $ref: '#/components/schemas/OutlineModule' } },
          nextItemId: {
            type: 'string',
            nullable: true,
            description: 'The first item not yet completed, in course order.',
          },
          completedAt: { type: 'string', nullable: true },
        },
        required: ['modules', 'nextItemId', 'completedAt'],
      },
    ],
  },
  CourseRequirement: {
    type: 'object',
    properties: { courseId: { type: 'string' }, required: { type: 'boolean' } },
    required: ['courseId', 'required'],
    description:
      'A course the job asks for: `required`, or only preferred (it then weighs less in the score).',
  },
  CourseStatus: { type: 'string', enum: ['draft', 'published'] },
  CourseSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      status: { $ref: '#/components/schemas/CourseStatus' },
      title: { type: 'string' },
      defaultLanguage: { $ref: '#/components/schemas/LanguageCode' },
      languages: {
        type: 'array',
        items: { $ref: '#/components/schemas/LanguageCode' },
        description: "Languages the course's own texts are written in.",
      },
      moduleCount: { type: 'number' },
      itemCount: { type: 'number' },
      learnerCount: { type: 'number' },
      author: { allOf: [{ $ref: '#/components/schemas/AuthorRef' }], nullable: true },
      editable: {
        type: 'boolean',
        description: 'The signed-in account may change it: its author, or an admin.',
      },
      updatedAt: { type: 'string' },
      publishedAt: { type: 'string', nullable: true },
    },
    required: [
      'id',
      'slug',
      'status',
      'title',
      'defaultLanguage',
      'languages',
      'moduleCount',
      'itemCount',
      'learnerCount',
      'author',
      'editable',
      'updatedAt',
      'publishedAt',
    ],
    description:
      "A course in the console's list: what a mentor scans for, in the language asked for.",
  },
  CourseText: {
    type: 'object',
    properties: { title: { type: 'string' }, summary: { type: 'string' } },
    required: ['title', 'summary'],
  },
  CourseView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      status: { $ref: '#/components/schemas/CourseStatus' },
      language: {
        allOf: [{ $ref: '#/components/schemas/LanguageCode' }],
        description:
          "The language the texts below are in: the one asked for, else the course's default.",
      },
      title: { type: 'string' },
      summary: { type: 'string' },
      levels: { $ref: '#/components/schemas/CourseLevels' },
      itemCount: { type: 'number' },
      enrolled: { type: 'boolean' },
      progress: { allOf: [{ $ref: '#/components/schemas/Progress' }], nullable: true },
    },
    required: [
      'id',
      'slug',
      'status',
      'language',
      'title',
      'summary',
      'levels',
      'itemCount',
      'enrolled',
      'progress',
    ],
  },
  CreateCohortRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      mentorId: {
        type: 'string',
        description: "Admins create cohorts for a mentor; a mentor's own cohorts leave it out.",
      },
    },
    required: ['name'],
  },
  CreateCourseRequest: {
    type: 'object',
    properties: {
      slug: { type: 'string' },
      defaultLanguage: { $ref: '#/components/schemas/LanguageCode' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/CourseText' },
          fr: { $ref: '#/components/schemas/CourseText' },
          ar: { $ref: '#/components/schemas/CourseText' },
        },
      },
      levels: { $ref: '#/components/schemas/CourseLevels' },
    },
    required: ['slug', 'defaultLanguage', 'translations', 'levels'],
  },
  CreatedInvitationResponse: {
    type: 'object',
    properties: {
      invitation: { $ref: '#/components/schemas/InvitationView' },
      link: { type: 'string' },
    },
    required: ['invitation', 'link'],
    description:
      'Returned once, when the invitation is made: the link carries the only copy of its secret.',
  },
  CreateInvitationRequest: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      displayName: { type: 'string' },
      role: { $ref: '#/components/schemas/InvitableRole' },
    },
    required: ['email', 'displayName', 'role'],
  },
  CreateItemRequest: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/ItemKind' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ItemText' },
          fr: { $ref: '#/components/schemas/ItemText' },
          ar: { $ref: '#/components/schemas/ItemText' },
        },
      },
      questions: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuizQuestion' },
        description: 'Quizzes only.',
      },
      exercise: {
        allOf: [{ $ref: '#/components/schemas/ExerciseDefinition' }],
        description: 'Exercises only: how the exercise is graded, its prompt and hints.',
      },
      referenceSolution: {
        type: 'string',
        description:
          'Exercises only, optional: a solution that must pass every test (while the starter must not), run through the real grader before the exercise is saved. Checked, never stored.',
      },
    },
    required: ['kind', 'translations'],
  },
  CreateModuleRequest: {
    type: 'object',
    properties: {
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ModuleText' },
          fr: { $ref: '#/components/schemas/ModuleText' },
          ar: { $ref: '#/components/schemas/ModuleText' },
        },
      },
    },
    required: ['translations'],
  },
  CreateOrganisationRequest: {
    type: 'object',
    properties: { name: { type: 'string' }, description: { type: 'string' } },
    required: ['name'],
  },
  DeleteAccountRequest: {
    type: 'object',
    properties: { password: { type: 'string' } },
    required: ['password'],
    description: "Confirms an account deletion with the learner's password.",
  },
  DeletionReport: {
    type: 'object',
    properties: {
      removed: { type: 'array', items: { type: 'string' } },
      kept: {
        type: 'array',
        items: {
          type: 'object',
          properties: { what: { type: 'string' }, why: { type: 'string' } },
          required: ['what', 'why'],
        },
      },
    },
    required: ['removed', 'kept'],
    description:
      'What a deletion removed and what it kept, and why: said to the learner in plain words.',
  },
  DeviceAccess: { type: 'string', enum: ['phone', 'shared-computer', 'own-computer'] },
  DraftSaved: {
    type: 'object',
    properties: { savedAt: { type: 'string' } },
    required: ['savedAt'],
  },
  EmployerHome: {
    type: 'object',
    properties: {
      organisations: { type: 'array', items: { $ref: '#/components/schemas/NamedRef' } },
      newApplications: { type: 'array', items: { $ref: '#/components/schemas/RecentApplication' } },
      openJobs: { type: 'array', items: { $ref: '#/components/schemas/OpenJobSummary' } },
    },
    required: ['organisations', 'newApplications', 'openJobs'],
    description: 'What waits for an employer, over their own organisation only.',
  },
  EnrolRequest: {
    type: 'object',
    properties: {
      learnerId: {
        type: 'string',
        description:
          'Given by a mentor enrolling a learner; left out by a learner enrolling themselves.',
      },
    },
  },
  ExerciseDefinition: {
    type: 'object',
    properties: {
      language: { type: 'string', enum: ['javascript'] },
      solutionFile: {
        type: 'string',
        description: 'The file the learner writes, as the tests import it, e.g. `two-fer.js`.',
      },
      starter: { type: 'string' },
      exampleTests: {
        type: 'string',
        description: 'Tests the learner sees and runs with "run examples".',
      },
      hiddenTests: { type: 'string', description: 'Further tests run on "submit" only.' },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ExerciseText' },
          fr: { $ref: '#/components/schemas/ExerciseText' },
          ar: { $ref: '#/components/schemas/ExerciseText' },
        },
      },
    },
    required: [
      'language',
      'solutionFile',
      'starter',
      'exampleTests',
      'hiddenTests',
      'translations',
    ],
    description:
      'How an exercise is graded; the hidden tests and the reference solution never reach learners.',
  },
  ExerciseDraft: {
    type: 'object',
    properties: {
      source: { type: 'string' },
      savedAt: { type: 'string', description: "ISO 8601, the server's clock." },
    },
    required: ['source', 'savedAt'],
    description:
      'Code the learner is writing, kept on the server so that it follows them to other devices.',
  },
  ExerciseText: {
    type: 'object',
    properties: {
      prompt: { type: 'string', description: 'Markdown.' },
      hints: {
        type: 'array',
        items: { type: 'string' },
        description: 'Revealed one at a time, on request.',
      },
    },
    required: ['prompt', 'hints'],
  },
  ExerciseView: {
    type: 'object',
    properties: {
      language: { $ref: '#/components/schemas/LanguageCode' },
      prompt: { type: 'string' },
      solutionFile: { type: 'string' },
      starter: { type: 'string' },
      exampleTests: { type: 'string' },
      hints: {
        type: 'array',
        items: { type: 'string' },
        description: 'The hints revealed so far, in order.',
      },
      hintCount: { type: 'number' },
      lastSource: {
        type: 'string',
        nullable: true,
        description: "The learner's last submitted source, to continue from.",
      },
      lastSubmittedAt: {
        type: 'string',
        nullable: true,
        description:
          'When that source was submitted (ISO 8601), to tell it from an older or newer draft.',
      },
      draft: {
        allOf: [{ $ref: '#/components/schemas/ExerciseDraft' }],
        nullable: true,
        description: "The learner's draft as last saved to the server, from any device.",
      },
      passed: { type: 'boolean' },
    },
    required: [
      'language',
      'prompt',
      'solutionFile',
      'starter',
      'exampleTests',
      'hints',
      'hintCount',
      'lastSource',
      'lastSubmittedAt',
      'draft',
      'passed',
    ],
  },
  FeedbackEntry: {
    allOf: [
      { $ref: '#/components/schemas/SubmissionComment' },
      {
        type: 'object',
        properties: {
          submissionId: { type: 'string' },
          courseId: { type: 'string' },
          itemId: { type: 'string' },
          itemTitle: { type: 'string' },
        },
        required: ['submissionId', 'courseId', 'itemId', 'itemTitle'],
      },
    ],
    description: "A mentor's comment as the learner finds it in the portal.",
  },
  FeedbackQuery: { type: 'object', properties: { itemId: { type: 'string' } } },
  FeedbackView: {
    type: 'object',
    properties: {
      unread: { type: 'number' },
      entries: { type: 'array', items: { $ref: '#/components/schemas/FeedbackEntry' } },
    },
    required: ['unread', 'entries'],
  },
  FieldError: {
    type: 'object',
    properties: {
      field: {
        type: 'string',
        description:
          "Dotted path of the offending field, e.g. `email` or `address.city`; a path parameter's name.",
      },
      code: {
        type: 'string',
        description:
          'A stable code such as `isEmail`, `minLength`, `whitelistValidation`, `isUuid`.',
      },
      message: { type: 'string' },
    },
    required: ['field', 'code', 'message'],
  },
  FieldRuleProblem: {
    anyOf: [
      {
        type: 'object',
        properties: { code: { type: 'string', enum: ['required'] }, field: { type: 'string' } },
        required: ['code', 'field'],
      },
      {
        type: 'object',
        properties: {
          code: { type: 'string', enum: ['maxLength'] },
          max: { type: 'number' },
          field: { type: 'string' },
        },
        required: ['code', 'max', 'field'],
      },
      {
        type: 'object',
        properties: {
          code: { type: 'string', enum: ['range'] },
          min: { type: 'number' },
          max: { type: 'number' },
          field: { type: 'string' },
        },
        required: ['code', 'min', 'max', 'field'],
      },
      {
        type: 'object',
        properties: { code: { type: 'string', enum: ['pattern'] }, field: { type: 'string' } },
        required: ['code', 'field'],
      },
    ],
    description:
      'A rule problem found at a field path as the API names it (`translations.fr.prompt`).',
  },
  HintsView: {
    type: 'object',
    properties: {
      hints: { type: 'array', items: { type: 'string' } },
      hintCount: { type: 'number' },
    },
    required: ['hints', 'hintCount'],
  },
  IntakeProfile: {
    allOf: [
      { $ref: '#/components/schemas/IntakeRequest' },
      { type: 'object', properties: { updatedAt: { type: 'string' } }, required: ['updatedAt'] },
    ],
  },
  IntakeRequest: {
    type: 'object',
    properties: {
      languages: { type: 'array', items: { $ref: '#/components/schemas/SpokenLanguage' } },
      devices: { type: 'array', items: { $ref: '#/components/schemas/DeviceAccess' } },
      schooling: { $ref: '#/components/schemas/Schooling' },
      jobGoal: { type: 'string' },
    },
    required: ['languages', 'devices', 'schooling', 'jobGoal'],
    description: 'What the learner tells before the test: stored on their profile.',
  },
  InvitableRole: { type: 'string', enum: ['mentor', 'employer'] },
  InvitationAnswerRequest: {
    type: 'object',
    properties: { accept: { type: 'boolean' } },
    required: ['accept'],
  },
  InvitationPreview: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      displayName: { type: 'string' },
      role: { $ref: '#/components/schemas/InvitableRole' },
      expiresAt: { type: 'string' },
    },
    required: ['email', 'displayName', 'role', 'expiresAt'],
    description: 'What the invited person sees before choosing a password.',
  },
  InvitationResponse: { type: 'string', enum: ['accepted', 'declined'] },
  InvitationStatus: { type: 'string', enum: ['expired', 'pending', 'accepted', 'revoked'] },
  InvitationView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      email: { type: 'string' },
      displayName: { type: 'string' },
      role: { $ref: '#/components/schemas/InvitableRole' },
      status: { $ref: '#/components/schemas/InvitationStatus' },
      expiresAt: { type: 'string' },
      createdAt: { type: 'string' },
    },
    required: ['id', 'email', 'displayName', 'role', 'status', 'expiresAt', 'createdAt'],
  },
  InviteEmployerRequest: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      displayName: { type: 'string' },
      role: { $ref: '#/components/schemas/OrganisationRole' },
    },
    required: ['email', 'displayName', 'role'],
    description:
      'Invites an employer into the organisation; they choose a password through the link.',
  },
  IrtParameters: {
    type: 'object',
    properties: { a: { type: 'number' }, b: { type: 'number' }, c: { type: 'number' } },
    required: ['a', 'b', 'c'],
  },
  IrtParametersView: {
    type: 'object',
    properties: {
      a: { type: 'number' },
      b: { type: 'number' },
      c: { type: 'number', description: '3PL guessing; 0 or absent for 2PL.' },
      provisional: {
        type: 'boolean',
        description: 'Authored estimates, not yet calibrated on responses.',
      },
    },
    required: ['a', 'b', 'c', 'provisional'],
  },
  ItemBankView: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/AssessmentItemSummary' } },
      attempts: { type: 'number', description: 'Attempts the statistics are computed over.' },
    },
    required: ['items', 'attempts'],
  },
  ItemKind: { type: 'string', enum: ['lesson', 'quiz', 'exercise'] },
  ItemStatistics: {
    type: 'object',
    properties: {
      shown: { type: 'number', description: 'Times it was served (answered).' },
      exposure: { type: 'number', description: 'Share of attempts that were served it.' },
      pValue: {
        type: 'number',
        nullable: true,
        description: 'Share of answers that were right (null when never shown).',
      },
      itemRest: {
        type: 'number',
        nullable: true,
        description:
          "Correlation between being right on this item and the ability shown by the attempt's other answers (null below 5 answers, or with no spread).",
      },
    },
    required: ['shown', 'exposure', 'pValue', 'itemRest'],
    description: 'How an item has fared with learners.',
  },
  ItemText: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      body: {
        type: 'string',
        description:
          'Markdown, for lessons. Rendered without HTML: no script can ride in on content.',
      },
    },
    required: ['title'],
  },
  ItemView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      courseId: { type: 'string' },
      kind: { $ref: '#/components/schemas/ItemKind' },
      language: { $ref: '#/components/schemas/LanguageCode' },
      title: { type: 'string' },
      body: { type: 'string', nullable: true },
      questions: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuestionView' },
        nullable: true,
      },
      completed: { type: 'boolean' },
    },
    required: ['id', 'courseId', 'kind', 'language', 'title', 'body', 'questions', 'completed'],
  },
  JobMatchView: {
    type: 'object',
    properties: {
      jobId: { type: 'string' },
      title: { type: 'string' },
      organisation: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
      },
      location: { type: 'string' },
      remote: { type: 'string' },
      contractType: { type: 'string' },
      hoursPerWeek: { type: 'number' },
      startDate: { type: 'string', nullable: true },
      description: { type: 'string' },
      match: { $ref: '#/components/schemas/MatchResult' },
      applicationId: {
        type: 'string',
        nullable: true,
        description: "The learner's application to it, if any.",
      },
    },
    required: [
      'jobId',
      'title',
      'organisation',
      'location',
      'remote',
      'contractType',
      'hoursPerWeek',
      'startDate',
      'description',
      'match',
      'applicationId',
    ],
    description: "An open job and how the learner's own evidence matches it.",
  },
  JobRequest: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      description: { type: 'string' },
      location: { type: 'string' },
      remote: { $ref: '#/components/schemas/RemoteOption' },
      contractType: { $ref: '#/components/schemas/ContractType' },
      hoursPerWeek: { type: 'number' },
      startDate: { type: 'string', nullable: true },
      requirements: { $ref: '#/components/schemas/JobRequirements' },
    },
    required: [
      'title',
      'description',
      'location',
      'remote',
      'contractType',
      'hoursPerWeek',
      'startDate',
      'requirements',
    ],
    description:
      'A job posting as its organisation writes it. `startDate` is a calendar date (YYYY-MM-DD).',
  },
  JobRequirementProblem: {
    type: 'string',
    enum: [
      'invalidType',
      'unknownArea',
      'levelOutOfRange',
      'invalidLanguageCode',
      'unknownLanguageSkill',
      'invalidCourseId',
      'duplicate',
      'tooMany',
    ],
  },
  JobRequirements: {
    type: 'object',
    properties: {
      levels: {
        type: 'object',
        properties: {
          information: { type: 'number' },
          communication: { type: 'number' },
          'content-creation': { type: 'number' },
          safety: { type: 'number' },
          'problem-solving': { type: 'number' },
          coding: { type: 'number' },
        },
        description: 'The minimum DigComp level (1–8) per area, coding readiness included.',
      },
      languages: { type: 'array', items: { $ref: '#/components/schemas/LanguageRequirement' } },
      courses: { type: 'array', items: { $ref: '#/components/schemas/CourseRequirement' } },
    },
    required: ['levels', 'languages', 'courses'],
    description:
      'What an employer asks of candidates. Levels and languages are always required; courses are required or preferred.',
  },
  JobStatus: { type: 'string', enum: ['draft', 'open', 'closed'] },
  JobView: {
    allOf: [
      { $ref: '#/components/schemas/JobRequest' },
      {
        type: 'object',
        properties: {
          id: { type: 'string' },
          organisation: {
            type: 'object',
            properties: { id: { type: 'string' }, name: { type: 'string' } },
            required: ['id', 'name'],
          },
          status: { $ref: '#/components/schemas/JobStatus' },
          createdAt: { type: 'string' },
          updatedAt: { type: 'string' },
          openedAt: { type: 'string', nullable: true },
        },
        required: ['id', 'organisation', 'status', 'createdAt', 'updatedAt', 'openedAt'],
      },
    ],
  },
  LanguageCheck: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['language'] },
      requirement: { $ref: '#/components/schemas/LanguageRequirement' },
      evidence: {
        type: 'object',
        properties: { skill: { $ref: '#/components/schemas/LanguageSkill' } },
        required: ['skill'],
        nullable: true,
      },
      status: { $ref: '#/components/schemas/RequirementStatus' },
      required: {
        type: 'boolean',
        description:
          'Required requirements weigh fully in the score; preferred ones (courses only) weigh half.',
      },
    },
    required: ['kind', 'requirement', 'evidence', 'status', 'required'],
    description:
      'A language at a skill; the evidence is the skill the candidate declared for it, if any.',
  },
  LanguageCode: { type: 'string', enum: ['en', 'fr', 'ar'] },
  LanguageInfo: {
    type: 'object',
    properties: {
      code: { $ref: '#/components/schemas/LanguageCode' },
      nativeName: {
        type: 'string',
        description: "The language's name in itself, as a speaker of it looks for it.",
      },
      dir: { $ref: '#/components/schemas/TextDirection' },
    },
    required: ['code', 'nativeName', 'dir'],
  },
  LanguageRequirement: {
    type: 'object',
    properties: {
      language: { type: 'string' },
      skill: { $ref: '#/components/schemas/LanguageSkill' },
    },
    required: ['language', 'skill'],
    description:
      'A language the job needs, and how well (an ISO 639 code, as learners declare theirs).',
  },
  LanguageSkill: { type: 'string', enum: ['basic', 'conversational', 'fluent', 'native'] },
  LearnerAssessment: {
    type: 'object',
    properties: {
      learner: { $ref: '#/components/schemas/PersonRef' },
      intake: { allOf: [{ $ref: '#/components/schemas/IntakeProfile' }], nullable: true },
      attempts: { type: 'array', items: { $ref: '#/components/schemas/AttemptSummary' } },
    },
    required: ['learner', 'intake', 'attempts'],
  },
  LearnerAttention: {
    type: 'object',
    properties: {
      learner: { $ref: '#/components/schemas/PersonRef' },
      cohortId: { type: 'string' },
      reason: { $ref: '#/components/schemas/AttentionReason' },
      courseId: {
        type: 'string',
        nullable: true,
        description: '`help` and `failing`: the exercise, its course, and how many tries failed.',
      },
      itemId: { type: 'string', nullable: true },
      itemTitle: { type: 'string', nullable: true },
      failures: { type: 'number' },
      lastActiveAt: {
        type: 'string',
        nullable: true,
        description: 'Their last activity (null: none since they joined the cohort).',
      },
    },
    required: [
      'learner',
      'cohortId',
      'reason',
      'courseId',
      'itemId',
      'itemTitle',
      'failures',
      'lastActiveAt',
    ],
    description: "A learner of one of the mentor's cohorts who needs a look, and where to look.",
  },
  LevelCheck: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['level'] },
      requirement: {
        type: 'object',
        properties: {
          area: { $ref: '#/components/schemas/CompetenceArea' },
          level: { type: 'number' },
        },
        required: ['area', 'level'],
      },
      evidence: {
        type: 'object',
        properties: { level: { type: 'number' }, assessedAt: { type: 'string' } },
        required: ['level', 'assessedAt'],
        nullable: true,
      },
      status: { $ref: '#/components/schemas/RequirementStatus' },
      required: {
        type: 'boolean',
        description:
          'Required requirements weigh fully in the score; preferred ones (courses only) weigh half.',
      },
    },
    required: ['kind', 'requirement', 'evidence', 'status', 'required'],
    description:
      "A minimum level in one area; the evidence is the candidate's assessed level, if any.",
  },
  LevelGroup: {
    type: 'string',
    enum: ['foundation', 'intermediate', 'advanced', 'highly-specialised'],
    description: 'DigComp 2.2 groups its eight proficiency levels in four.',
  },
  LevelRange: {
    type: 'object',
    properties: { entry: { type: 'number' }, target: { type: 'number' } },
    required: ['entry', 'target'],
    description: 'Where a course starts and where it brings a learner, in one competence area.',
  },
  ListAccountsQuery: {
    type: 'object',
    properties: {
      role: { $ref: '#/components/schemas/Role' },
      search: {
        type: 'string',
        description:
          'Matches the start of the email, username or display name, case-insensitively.',
      },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
  },
  MarkFeedbackReadRequest: {
    type: 'object',
    properties: { ids: { type: 'array', items: { type: 'string' } } },
    required: ['ids'],
  },
  MatchResult: {
    type: 'object',
    properties: {
      score: { type: 'number', description: '0–100, an integer.' },
      checks: {
        type: 'array',
        items: { $ref: '#/components/schemas/RequirementCheck' },
        description:
          'One per requirement: levels in area order, then languages, then courses as listed.',
      },
      met: { type: 'number' },
      partly: { type: 'number' },
      missing: { type: 'number' },
      missingRequired: {
        type: 'number',
        description:
          'Missing requirements among the required ones: what would rule a candidate out.',
      },
    },
    required: ['score', 'checks', 'met', 'partly', 'missing', 'missingRequired'],
  },
  MentorHome: {
    type: 'object',
    properties: {
      cohorts: { type: 'number' },
      learners: { type: 'number' },
      helpRequests: {
        type: 'number',
        description: 'Submissions whose learner asked for help and no mentor has answered yet.',
      },
      submissionsToReview: {
        type: 'number',
        description:
          'Submitted code of the last `HOME_RECENT_DAYS` days that no mentor has commented on.',
      },
      recentAssessments: {
        type: 'number',
        description: 'Skills checks finished in the last `HOME_RECENT_DAYS` days.',
      },
      stuck: {
        type: 'array',
        items: { $ref: '#/components/schemas/LearnerAttention' },
        description:
          'Learners asking for help, or with several failed tries on one exercise and no pass.',
      },
      inactive: {
        type: 'array',
        items: { $ref: '#/components/schemas/LearnerAttention' },
        description: 'No activity for `INACTIVE_AFTER_DAYS` days.',
      },
    },
    required: [
      'cohorts',
      'learners',
      'helpRequests',
      'submissionsToReview',
      'recentAssessments',
      'stuck',
      'inactive',
    ],
    description: 'What waits for a mentor, over their own cohorts only.',
  },
  ModuleText: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
  MoveStageRequest: {
    type: 'object',
    properties: {
      stage: { $ref: '#/components/schemas/PipelineStage' },
      reason: { type: 'string', description: 'Required when rejecting.' },
    },
    required: ['stage'],
  },
  MyApplication: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      job: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          organisation: { type: 'string' },
        },
        required: ['id', 'title', 'organisation'],
      },
      stage: { $ref: '#/components/schemas/PipelineStage' },
      message: { type: 'string', nullable: true },
      invitationResponse: {
        allOf: [{ $ref: '#/components/schemas/InvitationResponse' }],
        nullable: true,
      },
      sharedContact: {
        allOf: [{ $ref: '#/components/schemas/SharedContact' }],
        nullable: true,
        description:
          'What the organisation sees of how to reach the learner: set once they accept.',
      },
      withdrawnAt: { type: 'string', nullable: true },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'job',
      'stage',
      'message',
      'invitationResponse',
      'sharedContact',
      'withdrawnAt',
      'createdAt',
      'updatedAt',
    ],
  },
  MyContactView: {
    type: 'object',
    properties: {
      phone: { type: 'string', nullable: true },
      contactVia: {
        allOf: [{ $ref: '#/components/schemas/ContactChannel' }],
        description: 'The channel in force (see `effectiveContactChannel`).',
      },
      email: {
        type: 'string',
        nullable: true,
        description: "The account's email, if any (it is changed elsewhere).",
      },
      channels: {
        type: 'array',
        items: { $ref: '#/components/schemas/ContactChannel' },
        description: 'What the learner may choose now.',
      },
      updatedAt: { type: 'string', nullable: true },
    },
    required: ['phone', 'contactVia', 'email', 'channels', 'updatedAt'],
    description:
      "The learner's contact settings, as they see them. Private until they accept an interview.",
  },
  MyProfileView: {
    type: 'object',
    properties: {
      profile: {
        type: 'object',
        properties: {
          headline: { type: 'string' },
          bio: { type: 'string' },
          experience: { type: 'array', items: { $ref: '#/components/schemas/WorkExperience' } },
          availableFrom: {
            type: 'string',
            nullable: true,
            description: 'The first day they can start (YYYY-MM-DD), or null: at once.',
          },
          hoursPerWeek: { type: 'number', nullable: true },
          preferredLocations: { type: 'array', items: { type: 'string' } },
          remoteOk: { type: 'boolean' },
          rightToWork: {
            allOf: [{ $ref: '#/components/schemas/RightToWork' }],
            nullable: true,
            description: 'Sensitive; shared only under the `sensitive` section.',
          },
          updatedAt: { type: 'string', nullable: true },
        },
        required: [
          'headline',
          'bio',
          'experience',
          'availableFrom',
          'hoursPerWeek',
          'preferredLocations',
          'remoteOk',
          'rightToWork',
          'updatedAt',
        ],
      },
      consent: { $ref: '#/components/schemas/ConsentView' },
      evidence: { $ref: '#/components/schemas/ProfileEvidence' },
    },
    required: ['profile', 'consent', 'evidence'],
  },
  NamedRef: {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' } },
    required: ['id', 'name'],
    description: 'An organisation named in a view.',
  },
  NoteRequest: { type: 'object', properties: { body: { type: 'string' } }, required: ['body'] },
  NoteView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      author: { $ref: '#/components/schemas/PersonRef' },
      body: { type: 'string' },
      at: { type: 'string' },
    },
    required: ['id', 'author', 'body', 'at'],
  },
  OpenJobSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      organisationId: { type: 'string' },
      title: { type: 'string' },
      candidates: { type: 'number' },
      newApplications: { type: 'number' },
    },
    required: ['id', 'organisationId', 'title', 'candidates', 'newApplications'],
    description:
      'An open job and the candidates in its pipeline (withdrawn and rejected ones left out).',
  },
  OrganisationDetail: {
    allOf: [
      { $ref: '#/components/schemas/OrganisationSummary' },
      {
        type: 'object',
        properties: {
          members: { type: 'array', items: { $ref: '#/components/schemas/OrganisationMember' } },
          canInvite: {
            type: 'boolean',
            description:
              'The signed-in account may invite employers into it: an admin, or one of its owners.',
          },
        },
        required: ['members', 'canInvite'],
      },
    ],
  },
  OrganisationMember: {
    type: 'object',
    properties: {
      id: { type: 'string', description: "The employer's account." },
      displayName: { type: 'string' },
      email: { type: 'string', nullable: true },
      role: { $ref: '#/components/schemas/OrganisationRole' },
      status: {
        allOf: [{ $ref: '#/components/schemas/AccountStatus' }],
        description: '`invited` until they accept the invitation.',
      },
      addedAt: { type: 'string' },
    },
    required: ['id', 'displayName', 'email', 'role', 'status', 'addedAt'],
  },
  OrganisationRole: {
    type: 'string',
    enum: ['owner', 'member'],
    description: "An employer's place in their organisation: owners also invite colleagues.",
  },
  OrganisationSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      memberCount: { type: 'number' },
      createdAt: { type: 'string' },
    },
    required: ['id', 'name', 'description', 'memberCount', 'createdAt'],
    description: 'A partner organisation that hires learners.',
  },
  OutcomeCounts: {
    type: 'object',
    properties: {
      learners: { type: 'number', description: 'Learners in the group.' },
      shortlisted: {
        type: 'number',
        description:
          'Learners who reached each stage in at least one pipeline (or went beyond it).',
      },
      interviewed: { type: 'number' },
      hired: { type: 'number' },
      medianDaysToHire: {
        type: 'number',
        nullable: true,
        description:
          'Median days from finishing the course to the first hire after it (per course), or from joining the cohort to the first hire (per cohort); null without hires.',
      },
    },
    required: ['learners', 'shortlisted', 'interviewed', 'hired', 'medianDaysToHire'],
    description: 'How far a group of learners got with employers.',
  },
  OutcomesView: {
    type: 'object',
    properties: {
      byCohort: { type: 'array', items: { $ref: '#/components/schemas/CohortOutcome' } },
      byCourse: {
        type: 'array',
        items: { $ref: '#/components/schemas/CourseOutcome' },
        description: 'Learners who completed each course.',
      },
    },
    required: ['byCohort', 'byCourse'],
  },
  OutlineItem: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/ItemKind' },
      title: { type: 'string' },
      completed: { type: 'boolean' },
    },
    required: ['id', 'kind', 'title', 'completed'],
  },
  OutlineModule: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      items: { type: 'array', items: { $ref: '#/components/schemas/OutlineItem' } },
    },
    required: ['id', 'title', 'items'],
  },
  OverridePlacementRequest: {
    type: 'object',
    properties: {
      courseIds: { type: 'array', items: { type: 'string' } },
      note: { type: 'string' },
    },
    required: ['courseIds', 'note'],
  },
  PasswordResetCodeResponse: {
    type: 'object',
    properties: {
      code: {
        type: 'string',
        description: 'Eight digits, grouped for reading aloud: `1234 5678`.',
      },
      expiresAt: { type: 'string' },
    },
    required: ['code', 'expiresAt'],
    description: 'A one-time reset code, shown once to the staff member who made it.',
  },
  PasswordResetRequest: {
    type: 'object',
    properties: { email: { type: 'string' } },
    required: ['email'],
    description:
      'Asks for a reset link by email. The answer is the same whether or not the account exists.',
  },
  PasswordResetWithCodeRequest: {
    type: 'object',
    properties: {
      identifier: { type: 'string', description: "The learner's username (or email)." },
      code: { type: 'string' },
      password: { type: 'string' },
    },
    required: ['identifier', 'code', 'password'],
    description:
      'Sets a new password with the one-time code a mentor or admin handed over in person.',
  },
  PasswordResetWithLinkRequest: {
    type: 'object',
    properties: { token: { type: 'string' }, password: { type: 'string' } },
    required: ['token', 'password'],
    description: 'Sets a new password with the secret of a reset link.',
  },
  PersonRef: {
    type: 'object',
    properties: { id: { type: 'string' }, displayName: { type: 'string' } },
    required: ['id', 'displayName'],
    description: 'Someone named in a view: enough to show them, nothing more.',
  },
  PipelineEntry: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      jobId: { type: 'string' },
      learnerId: { type: 'string' },
      displayName: { type: 'string' },
      stage: { $ref: '#/components/schemas/PipelineStage' },
      source: { $ref: '#/components/schemas/ApplicationSource' },
      message: {
        type: 'string',
        nullable: true,
        description: "The learner's message when they applied.",
      },
      invitationResponse: {
        allOf: [{ $ref: '#/components/schemas/InvitationResponse' }],
        nullable: true,
      },
      contact: {
        allOf: [{ $ref: '#/components/schemas/SharedContact' }],
        nullable: true,
        description:
          'How to reach the learner, as they chose: shared once they accept an interview invitation.',
      },
      rejectionReason: { type: 'string', nullable: true },
      events: { type: 'array', items: { $ref: '#/components/schemas/StageEvent' } },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'jobId',
      'learnerId',
      'displayName',
      'stage',
      'source',
      'message',
      'invitationResponse',
      'contact',
      'rejectionReason',
      'events',
      'createdAt',
      'updatedAt',
    ],
    description: "A candidate in a job's pipeline, as the employer sees it.",
  },
  PipelineStage: {
    type: 'string',
    enum: ['invited', 'rejected', 'suggested', 'shortlisted', 'interviewed', 'offered', 'hired'],
    description:
      "A candidate's way through a job's hiring pipeline. Forward only, one step at a time, and `rejected` (with a reason) from any open stage; `hired` and `rejected` are final.",
  },
  PlacementOverride: {
    type: 'object',
    properties: {
      courseIds: { type: 'array', items: { type: 'string' } },
      note: { type: 'string' },
      by: { $ref: '#/components/schemas/PersonRef' },
      at: { type: 'string' },
    },
    required: ['courseIds', 'note', 'by', 'at'],
    description: "A mentor's placement, which replaces the computed recommendations.",
  },
  PlacementReasonView: {
    type: 'object',
    properties: {
      area: { $ref: '#/components/schemas/CompetenceArea' },
      learnerLevel: { type: 'number' },
      courseEntry: { type: 'number' },
      courseTarget: { type: 'number' },
    },
    required: ['area', 'learnerLevel', 'courseEntry', 'courseTarget'],
    description:
      'Why a course fits, in one area ("your level in Safety is 2; this course starts at 1").',
  },
  ProblemDetails: {
    type: 'object',
    properties: {
      type: { anyOf: [{ $ref: '#/components/schemas/ProblemType' }, { type: 'string' }] },
      title: { type: 'string' },
      status: { type: 'number' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: { $ref: '#/components/schemas/FieldError' },
        description: 'Present on validation problems: one entry per broken rule.',
      },
      retakeAvailableAt: { type: 'string', description: 'Present on retake-cooldown problems.' },
      database: {
        type: 'string',
        enum: ['down'],
        description: "Present on the health check's service-unavailable problem.",
      },
    },
    required: ['type', 'title', 'status'],
  },
  ProblemType: {
    type: 'string',
    enum: [
      'urn:passerelle:problem:bad-request',
      'urn:passerelle:problem:validation',
      'urn:passerelle:problem:malformed-body',
      'urn:passerelle:problem:payload-too-large',
      'urn:passerelle:problem:unauthenticated',
      'urn:passerelle:problem:invalid-credentials',
      'urn:passerelle:problem:invalid-refresh-token',
      'urn:passerelle:problem:forbidden',
      'urn:passerelle:problem:not-found',
      'urn:passerelle:problem:conflict',
      'urn:passerelle:problem:invitation-unusable',
      'urn:passerelle:problem:too-many-requests',
      'urn:passerelle:problem:reset-link-unusable',
      'urn:passerelle:problem:reset-code-invalid',
      'urn:passerelle:problem:intake-required',
      'urn:passerelle:problem:retake-cooldown',
      'urn:passerelle:problem:not-current-item',
      'urn:passerelle:problem:attempt-expired',
      'urn:passerelle:problem:not-enough-attempts',
      'urn:passerelle:problem:not-enrolled',
      'urn:passerelle:problem:unsupported-media-type',
      'urn:passerelle:problem:service-unavailable',
      'urn:passerelle:problem:internal',
    ],
    description:
      'Every error the API returns is an RFC 9457 problem document with one of these stable types. The apps translate by `type` (and by `code` for field errors), never by parsing `detail`.',
  },
  ProfileEvidence: {
    type: 'object',
    properties: {
      assessment: {
        type: 'object',
        properties: {
          completedAt: { type: 'string' },
          levels: {
            type: 'object',
            properties: {
              information: { type: 'number' },
              communication: { type: 'number' },
              'content-creation': { type: 'number' },
              safety: { type: 'number' },
              'problem-solving': { type: 'number' },
              coding: { type: 'number' },
            },
          },
        },
        required: ['completedAt', 'levels'],
        nullable: true,
      },
      completedCourses: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            courseId: { type: 'string' },
            title: { type: 'string' },
            completedAt: { type: 'string' },
          },
          required: ['courseId', 'title', 'completedAt'],
        },
      },
      passedExercises: {
        type: 'object',
        properties: {
          count: { type: 'number' },
          examples: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                itemId: { type: 'string' },
                title: { type: 'string' },
                passedAt: { type: 'string' },
              },
              required: ['itemId', 'title', 'passedAt'],
            },
          },
        },
        required: ['count', 'examples'],
      },
      endorsements: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            by: { $ref: '#/components/schemas/PersonRef' },
            body: { type: 'string' },
            at: { type: 'string' },
          },
          required: ['by', 'body', 'at'],
        },
      },
      languages: {
        type: 'array',
        items: { $ref: '#/components/schemas/SpokenLanguage' },
        description: 'From the intake.',
      },
    },
    required: ['assessment', 'completedCourses', 'passedExercises', 'endorsements', 'languages'],
    description: 'Evidence the platform holds about a learner, as they see it themselves.',
  },
  ProfileRequest: {
    type: 'object',
    properties: {
      headline: { type: 'string' },
      bio: { type: 'string' },
      experience: { type: 'array', items: { $ref: '#/components/schemas/WorkExperience' } },
      availableFrom: {
        type: 'string',
        nullable: true,
        description: 'The first day they can start (YYYY-MM-DD), or null: at once.',
      },
      hoursPerWeek: { type: 'number', nullable: true },
      preferredLocations: { type: 'array', items: { type: 'string' } },
      remoteOk: { type: 'boolean' },
      rightToWork: {
        allOf: [{ $ref: '#/components/schemas/RightToWork' }],
        nullable: true,
        description: 'Sensitive; shared only under the `sensitive` section.',
      },
    },
    required: [
      'headline',
      'bio',
      'experience',
      'availableFrom',
      'hoursPerWeek',
      'preferredLocations',
      'remoteOk',
      'rightToWork',
    ],
    description: 'What the learner writes about themselves.',
  },
  ProfileSection: {
    type: 'string',
    enum: [
      'courses',
      'assessment',
      'languages',
      'exercises',
      'endorsements',
      'about',
      'experience',
      'availability',
      'sensitive',
    ],
    description:
      "The parts of a candidate profile a learner shares, each on its own. Evidence the platform holds (the learner cannot edit it): assessment levels, completed courses, passed coding exercises, mentors' endorsements. What the learner writes: about (headline and bio), languages, work experience, availability and places, and sensitive facts.",
  },
  ProfileViewEntry: {
    type: 'object',
    properties: {
      viewer: { $ref: '#/components/schemas/PersonRef' },
      organisation: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        nullable: true,
        description:
          "The organisation and job the look was for; their id is '' once they are deleted.",
      },
      job: {
        type: 'object',
        properties: { id: { type: 'string' }, title: { type: 'string' } },
        required: ['id', 'title'],
        nullable: true,
      },
      at: { type: 'string' },
    },
    required: ['viewer', 'organisation', 'job', 'at'],
    description:
      "One employer's look at the learner's profile: who, for which organisation and job, when.",
  },
  Progress: {
    type: 'object',
    properties: {
      completed: { type: 'number' },
      total: { type: 'number' },
      percent: { type: 'number' },
    },
    required: ['completed', 'total', 'percent'],
  },
  QuestionKind: { type: 'string', enum: ['single', 'multiple', 'ordering'] },
  QuestionText: {
    type: 'object',
    properties: {
      prompt: { type: 'string' },
      options: { type: 'array', items: { type: 'string' } },
    },
    required: ['prompt', 'options'],
  },
  QuestionView: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/QuestionKind' },
      prompt: { type: 'string' },
      options: { type: 'array', items: { type: 'string' } },
    },
    required: ['kind', 'prompt', 'options'],
  },
  QuizAnswersRequest: {
    type: 'object',
    properties: {
      answers: {
        type: 'array',
        items: { type: 'array', items: { type: 'number' } },
        description: 'One list of option indexes per question, in question order.',
      },
    },
    required: ['answers'],
  },
  QuizQuestion: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/QuestionKind' },
      answer: { type: 'array', items: { type: 'number' } },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/QuestionText' },
          fr: { $ref: '#/components/schemas/QuestionText' },
          ar: { $ref: '#/components/schemas/QuestionText' },
        },
      },
    },
    required: ['kind', 'answer', 'translations'],
    description:
      'A quiz question. `answer` holds option indexes: the one right option (single), every right option (multiple), or all options in the right order (ordering). It never leaves the server.',
  },
  QuizResult: {
    type: 'object',
    properties: {
      correct: { type: 'number' },
      total: { type: 'number' },
      passed: { type: 'boolean' },
      questions: {
        type: 'array',
        items: { type: 'boolean' },
        description: 'Per question: answered right or not.',
      },
    },
    required: ['correct', 'total', 'passed', 'questions'],
  },
  RecentApplication: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      organisationId: { type: 'string' },
      jobId: { type: 'string' },
      jobTitle: { type: 'string' },
      learner: { $ref: '#/components/schemas/PersonRef' },
      createdAt: { type: 'string' },
    },
    required: ['id', 'organisationId', 'jobId', 'jobTitle', 'learner', 'createdAt'],
    description: 'An application a learner sent in the last `HOME_RECENT_DAYS` days.',
  },
  RecommendedCourse: {
    type: 'object',
    properties: {
      courseId: { type: 'string' },
      slug: { type: 'string' },
      language: {
        allOf: [{ $ref: '#/components/schemas/LanguageCode' }],
        description: "The language of `title` and `summary`: the test's, or the course's default.",
      },
      title: { type: 'string' },
      summary: { type: 'string' },
      levels: { $ref: '#/components/schemas/CourseLevels' },
      gap: {
        type: 'number',
        description:
          "Levels the course would add, summed over its areas (0 for a mentor's choice).",
      },
      reasons: { type: 'array', items: { $ref: '#/components/schemas/PlacementReasonView' } },
      enrolled: { type: 'boolean' },
    },
    required: [
      'courseId',
      'slug',
      'language',
      'title',
      'summary',
      'levels',
      'gap',
      'reasons',
      'enrolled',
    ],
  },
  RefreshRequest: {
    type: 'object',
    properties: { refreshToken: { type: 'string' } },
    required: ['refreshToken'],
  },
  RemoteOption: {
    type: 'string',
    enum: ['on-site', 'hybrid', 'remote'],
    description: 'Where the work happens.',
  },
  RenameCohortRequest: {
    type: 'object',
    properties: { name: { type: 'string' } },
    required: ['name'],
  },
  RequirementCheck: {
    anyOf: [
      { $ref: '#/components/schemas/LevelCheck' },
      { $ref: '#/components/schemas/LanguageCheck' },
      { $ref: '#/components/schemas/CourseCheck' },
    ],
  },
  RequirementKind: { type: 'string', enum: ['level', 'language', 'course'] },
  RequirementStatus: { type: 'string', enum: ['met', 'partly', 'missing'] },
  ReviewedResponse: {
    type: 'object',
    properties: {
      position: { type: 'number' },
      itemId: { type: 'string' },
      itemKey: { type: 'string' },
      area: { $ref: '#/components/schemas/CompetenceArea' },
      kind: { $ref: '#/components/schemas/AssessmentItemKind' },
      language: { $ref: '#/components/schemas/LanguageCode' },
      prompt: {
        type: 'string',
        description: 'The prompt and the options chosen, in the language the item was answered in.',
      },
      given: { type: 'array', items: { type: 'string' } },
      expected: {
        type: 'array',
        items: { type: 'string' },
        description: 'The right options, in the same language (ordered for ordering items).',
      },
      dontKnow: { type: 'boolean' },
      correct: { type: 'boolean' },
      thetaAfter: { type: 'number' },
      seAfter: { type: 'number' },
      timeSpentMs: { type: 'number' },
      answeredAt: { type: 'string' },
    },
    required: [
      'position',
      'itemId',
      'itemKey',
      'area',
      'kind',
      'language',
      'prompt',
      'given',
      'expected',
      'dontKnow',
      'correct',
      'thetaAfter',
      'seAfter',
      'timeSpentMs',
      'answeredAt',
    ],
  },
  ReviewFeedEntry: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      learner: { $ref: '#/components/schemas/PersonRef' },
      courseId: { type: 'string' },
      courseTitle: { type: 'string' },
      itemId: { type: 'string' },
      itemTitle: { type: 'string' },
      kind: { $ref: '#/components/schemas/SubmissionKind' },
      status: {
        type: 'string',
        enum: ['pass', 'fail', 'error', 'timeout', 'memory-limit', 'queued'],
      },
      passedTests: { type: 'number' },
      totalTests: { type: 'number' },
      needsHelp: { type: 'boolean' },
      commentCount: { type: 'number' },
      createdAt: { type: 'string' },
    },
    required: [
      'id',
      'learner',
      'courseId',
      'courseTitle',
      'itemId',
      'itemTitle',
      'kind',
      'status',
      'passedTests',
      'totalTests',
      'needsHelp',
      'commentCount',
      'createdAt',
    ],
    description:
      "One line of a mentor's feed: submits, and runs on which the learner asked for help.",
  },
  ReviewFeedEntryPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/ReviewFeedEntry' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
  },
  ReviewFeedQuery: {
    type: 'object',
    properties: {
      cohortId: { type: 'string' },
      courseId: { type: 'string' },
      itemId: { type: 'string' },
      status: { $ref: '#/components/schemas/ReviewFilter' },
      page: { type: 'number' },
    },
  },
  ReviewFilter: {
    type: 'string',
    enum: ['pass', 'fail', 'error', 'needs-help'],
    description:
      'What the review feed can be narrowed to. `error` includes timeouts and memory limits; `needs-help` are help requests no mentor has answered yet.',
  },
  ReviewSubmission: {
    allOf: [
      { $ref: '#/components/schemas/SubmissionView' },
      {
        type: 'object',
        properties: {
          learner: { $ref: '#/components/schemas/PersonRef' },
          courseId: { type: 'string' },
          courseTitle: { type: 'string' },
          itemTitle: { type: 'string' },
          comments: { type: 'array', items: { $ref: '#/components/schemas/SubmissionComment' } },
        },
        required: ['learner', 'courseId', 'courseTitle', 'itemTitle', 'comments'],
      },
    ],
    description: 'A submission as a mentor reviews it: the code, its results, the conversation.',
  },
  RightToWork: { type: 'string', enum: ['pending', 'yes', 'no'] },
  Role: {
    type: 'string',
    enum: ['learner', 'mentor', 'employer', 'admin'],
    description:
      'The four kinds of account. The role decides which app and which routes an account may use.',
  },
  RuleProblem: {
    anyOf: [
      {
        type: 'object',
        properties: { code: { type: 'string', enum: ['required'] } },
        required: ['code'],
      },
      {
        type: 'object',
        properties: { code: { type: 'string', enum: ['maxLength'] }, max: { type: 'number' } },
        required: ['code', 'max'],
      },
      {
        type: 'object',
        properties: {
          code: { type: 'string', enum: ['range'] },
          min: { type: 'number' },
          max: { type: 'number' },
        },
        required: ['code', 'min', 'max'],
      },
      {
        type: 'object',
        properties: { code: { type: 'string', enum: ['pattern'] } },
        required: ['code'],
      },
    ],
    description:
      "Small pure checks of single values, shared by the API's own checks and the apps' forms so that a rule (a length, a range, a pattern) is written once. Each answers what is wrong, as a code with the limit it broke, or null; the apps word the code in the reader's language.",
  },
  SaveDraftRequest: {
    type: 'object',
    properties: { source: { type: 'string' } },
    required: ['source'],
  },
  ScaleResult: {
    type: 'object',
    properties: {
      theta: { type: 'number' },
      se: { type: 'number' },
      level: { type: 'number', description: 'DigComp proficiency level, 1–8.' },
      group: { $ref: '#/components/schemas/LevelGroup' },
      answered: { type: 'number' },
      decision: {
        allOf: [{ $ref: '#/components/schemas/AreaDecisionView' }],
        description:
          'When and why the test stopped asking in this area (areas of attempts since it is kept).',
      },
    },
    required: ['theta', 'se', 'level', 'group', 'answered'],
  },
  Schooling: { type: 'string', enum: ['none', 'primary', 'secondary', 'vocational', 'university'] },
  ServedItem: {
    type: 'object',
    properties: {
      position: {
        type: 'number',
        description:
          '1 for the first item of the attempt; an answer names the position it answers.',
      },
      itemId: { type: 'string' },
      kind: { $ref: '#/components/schemas/AssessmentItemKind' },
      area: { $ref: '#/components/schemas/CompetenceArea' },
      language: {
        allOf: [{ $ref: '#/components/schemas/LanguageCode' }],
        description: "The language the texts are in: the attempt's, or the item's fallback.",
      },
      prompt: { type: 'string' },
      options: { type: 'array', items: { $ref: '#/components/schemas/ServedOption' } },
      image: {
        type: 'string',
        nullable: true,
        description:
          'Picture items: a path under the portal, e.g. `/assessment/safety-scam-sms-01.svg`.',
      },
      alt: {
        type: 'string',
        nullable: true,
        description: 'Picture items: what the image shows, for screen readers and read-aloud.',
      },
      code: {
        type: 'string',
        nullable: true,
        description: 'Code or a formula shown under the prompt, always left to right.',
      },
    },
    required: [
      'position',
      'itemId',
      'kind',
      'area',
      'language',
      'prompt',
      'options',
      'image',
      'alt',
      'code',
    ],
    description: 'One item as the learner sees it: no answer key, no parameters.',
  },
  ServedOption: {
    type: 'object',
    properties: { id: { type: 'string' }, text: { type: 'string' } },
    required: ['id', 'text'],
    description: 'An option as served: its id is opaque and differs between attempts.',
  },
  SessionResponse: {
    type: 'object',
    properties: {
      accessToken: { type: 'string' },
      accessTokenExpiresIn: {
        type: 'number',
        description: 'Seconds until the access token expires.',
      },
      refreshToken: {
        type: 'string',
        description: 'Single use: each refresh returns a new one and retires this one.',
      },
      refreshTokenExpiresAt: { type: 'string' },
      account: { $ref: '#/components/schemas/AccountView' },
    },
    required: [
      'accessToken',
      'accessTokenExpiresIn',
      'refreshToken',
      'refreshTokenExpiresAt',
      'account',
    ],
  },
  SharedContact: {
    anyOf: [
      {
        type: 'object',
        properties: { via: { type: 'string', enum: ['email'] }, email: { type: 'string' } },
        required: ['via', 'email'],
      },
      {
        type: 'object',
        properties: { via: { type: 'string', enum: ['phone'] }, phone: { type: 'string' } },
        required: ['via', 'phone'],
      },
      {
        type: 'object',
        properties: {
          via: { type: 'string', enum: ['passerelle'] },
          mentors: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                displayName: { type: 'string' },
                email: { type: 'string', nullable: true },
              },
              required: ['id', 'displayName', 'email'],
            },
            description:
              "The learner's mentors (their cohorts), who pass messages on; empty: the Passerelle team.",
          },
        },
        required: ['via', 'mentors'],
      },
    ],
    description:
      'Exactly what an organisation sees of how to reach a learner who accepted its interview invitation, and so exactly what the learner is told is shared.',
  },
  SignInRequest: {
    type: 'object',
    properties: {
      identifier: { type: 'string', description: 'An email or a username.' },
      password: { type: 'string' },
    },
    required: ['identifier', 'password'],
  },
  SignOutRequest: {
    type: 'object',
    properties: { refreshToken: { type: 'string' } },
    required: ['refreshToken'],
  },
  SignUpRequest: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      displayName: { type: 'string' },
      preferredLanguage: { $ref: '#/components/schemas/LanguageCode' },
    },
    required: ['password', 'displayName', 'preferredLanguage'],
    description:
      'A learner signs up with an email, or with a username when they have no email yet. Exactly one of the two is given.',
  },
  SpokenLanguage: {
    type: 'object',
    properties: {
      language: { type: 'string' },
      skill: { $ref: '#/components/schemas/LanguageSkill' },
    },
    required: ['language', 'skill'],
    description:
      "A language the learner speaks: an ISO 639 code (any language, not only the UI's) and how well.",
  },
  StageEvent: {
    type: 'object',
    properties: {
      from: { allOf: [{ $ref: '#/components/schemas/PipelineStage' }], nullable: true },
      to: { $ref: '#/components/schemas/PipelineStage' },
      by: { allOf: [{ $ref: '#/components/schemas/PersonRef' }], nullable: true },
      reason: { type: 'string', nullable: true },
      at: { type: 'string' },
    },
    required: ['from', 'to', 'by', 'reason', 'at'],
  },
  StartAttemptRequest: {
    type: 'object',
    properties: { language: { $ref: '#/components/schemas/LanguageCode' } },
    required: ['language'],
  },
  SubmissionComment: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      author: { $ref: '#/components/schemas/PersonRef' },
      line: {
        type: 'number',
        nullable: true,
        description:
          '1-based line of the source the comment is about; null for the whole submission.',
      },
      body: { type: 'string' },
      createdAt: { type: 'string' },
      read: { type: 'boolean', description: 'Whether the learner has seen it.' },
    },
    required: ['id', 'author', 'line', 'body', 'createdAt', 'read'],
  },
  SubmissionKind: { type: 'string', enum: ['run', 'submit'] },
  SubmissionView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      itemId: { type: 'string' },
      kind: { $ref: '#/components/schemas/SubmissionKind' },
      source: { type: 'string' },
      result: {
        type: 'object',
        properties: {
          version: { type: 'number', enum: [3] },
          status: { type: 'string', enum: ['pass', 'fail', 'error', 'timeout', 'memory-limit'] },
          message: { type: 'string', nullable: true },
          code: {
            type: 'string',
            enum: [
              'timeout',
              'memory-limit',
              'assertion-failed',
              'exception',
              'syntax-error',
              'module-not-found',
              'missing-export',
              'no-tests',
              'never-finished',
              'stack-overflow',
              'grader-failed',
              null,
            ],
            nullable: true,
          },
          tests: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                status: { type: 'string', enum: ['pass', 'fail', 'error'] },
                message: { type: 'string', nullable: true },
                code: {
                  type: 'string',
                  enum: [
                    'timeout',
                    'memory-limit',
                    'assertion-failed',
                    'exception',
                    'syntax-error',
                    'module-not-found',
                    'missing-export',
                    'no-tests',
                    'never-finished',
                    'stack-overflow',
                    'grader-failed',
                    null,
                  ],
                  nullable: true,
                },
                output: {
                  type: 'string',
                  nullable: true,
                  description: "What the learner's code printed during this test, capped.",
                },
              },
              required: ['name', 'status', 'message', 'code', 'output'],
            },
          },
          durationMs: {
            type: 'number',
            description: 'How long the sandbox ran, for the curious and for benchmarks.',
          },
        },
        required: ['version', 'status', 'message', 'code', 'tests', 'durationMs'],
      },
      needsHelp: {
        type: 'boolean',
        description: 'The learner asked a mentor for help with it, and no mentor has answered yet.',
      },
      createdAt: { type: 'string' },
    },
    required: ['id', 'itemId', 'kind', 'source', 'result', 'needsHelp', 'createdAt'],
  },
  SubmitRequest: {
    type: 'object',
    properties: {
      kind: { $ref: '#/components/schemas/SubmissionKind' },
      source: { type: 'string' },
    },
    required: ['kind', 'source'],
  },
  TestLengthEstimate: {
    type: 'object',
    properties: {
      maxQuestions: { type: 'number' },
      expectedQuestions: { type: 'number' },
      secondsPerQuestion: { type: 'number' },
      minutes: {
        type: 'number',
        description: 'Minutes for the expected number of questions, rounded up.',
      },
      timeFrom: {
        type: 'string',
        enum: ['answers', 'default'],
        description: "Where the time per question comes from: learners' answers, or the default.",
      },
    },
    required: ['maxQuestions', 'expectedQuestions', 'secondsPerQuestion', 'minutes', 'timeFrom'],
    description:
      "The engine's own estimate of the test's length: its maximum and expected number of questions and, from the median time of stored answers (or a stated default when there are too few), the time per question and in all.",
  },
  TextDirection: { type: 'string', enum: ['ltr', 'rtl'] },
  UpdateAssessmentItemRequest: {
    type: 'object',
    properties: {
      key: { type: 'string' },
      area: {
        type: 'string',
        enum: [
          'information',
          'communication',
          'content-creation',
          'safety',
          'problem-solving',
          'coding',
        ],
      },
      competence: { type: 'string' },
      kind: { type: 'string', enum: ['single', 'multiple', 'ordering', 'picture'] },
      image: { type: 'string', nullable: true },
      code: { type: 'string', nullable: true },
      irt: {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' }, c: { type: 'number' } },
        required: ['a', 'b'],
      },
      answer: { type: 'array', items: { type: 'number' } },
      fallbackLanguage: { type: 'string', enum: ['en', 'fr', 'ar'] },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/AssessmentItemText' },
          fr: { $ref: '#/components/schemas/AssessmentItemText' },
          ar: { $ref: '#/components/schemas/AssessmentItemText' },
        },
      },
    },
  },
  UpdateCourseRequest: {
    type: 'object',
    properties: {
      slug: { type: 'string' },
      defaultLanguage: { type: 'string', enum: ['en', 'fr', 'ar'] },
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/CourseText' },
          fr: { $ref: '#/components/schemas/CourseText' },
          ar: { $ref: '#/components/schemas/CourseText' },
        },
      },
      levels: {
        type: 'object',
        properties: {
          information: { $ref: '#/components/schemas/LevelRange' },
          communication: { $ref: '#/components/schemas/LevelRange' },
          'content-creation': { $ref: '#/components/schemas/LevelRange' },
          safety: { $ref: '#/components/schemas/LevelRange' },
          'problem-solving': { $ref: '#/components/schemas/LevelRange' },
          coding: { $ref: '#/components/schemas/LevelRange' },
        },
      },
    },
  },
  UpdateItemRequest: {
    type: 'object',
    properties: {
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ItemText' },
          fr: { $ref: '#/components/schemas/ItemText' },
          ar: { $ref: '#/components/schemas/ItemText' },
        },
      },
      questions: { type: 'array', items: { $ref: '#/components/schemas/QuizQuestion' } },
      exercise: { $ref: '#/components/schemas/ExerciseDefinition' },
      referenceSolution: { type: 'string' },
      moduleId: { type: 'string' },
      position: { type: 'number' },
    },
    description:
      'Everything optional; the kind of an item never changes. Given `translations`, `questions` or `exercise` replace the old ones whole. `moduleId` moves the item to another module of the course, `position` places it there (0 = first; default: last when it changes module).',
  },
  UpdateJobRequest: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      description: { type: 'string' },
      location: { type: 'string' },
      remote: { type: 'string', enum: ['on-site', 'hybrid', 'remote'] },
      contractType: {
        type: 'string',
        enum: ['permanent', 'fixed-term', 'apprenticeship', 'internship', 'freelance'],
      },
      hoursPerWeek: { type: 'number' },
      startDate: { type: 'string', nullable: true },
      requirements: { $ref: '#/components/schemas/JobRequirements' },
    },
  },
  UpdateModuleRequest: {
    type: 'object',
    properties: {
      translations: {
        type: 'object',
        properties: {
          en: { $ref: '#/components/schemas/ModuleText' },
          fr: { $ref: '#/components/schemas/ModuleText' },
          ar: { $ref: '#/components/schemas/ModuleText' },
        },
      },
      position: { type: 'number' },
    },
    description:
      "Everything optional; `position` moves the module among the course's modules (0 = first).",
  },
  UpdateMyAccountRequest: {
    type: 'object',
    properties: {
      displayName: { type: 'string' },
      preferredLanguage: { $ref: '#/components/schemas/LanguageCode' },
    },
  },
  WorkExperience: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      organisation: { type: 'string' },
      from: { type: 'string', description: 'Year and month, e.g. `2021-09`.' },
      to: {
        type: 'string',
        nullable: true,
        description: 'Year and month, or null while it goes on.',
      },
      description: { type: 'string' },
    },
    required: ['title', 'organisation', 'from', 'to', 'description'],
  },
};
