import type { PersonRef } from './cohorts';
import type { LanguageCode } from './languages';
import type { CompetenceArea, CourseLevels, Translations } from './learning';

/**
 * How a learner answers an assessment item:
 * - `single`: one right option;
 * - `multiple`: every right option, and none of the others;
 * - `ordering`: all options in the right order (served shuffled);
 * - `picture`: an image shown with the prompt, and one right option about it.
 */
export const AssessmentItemKind = {
  Single: 'single',
  Multiple: 'multiple',
  Ordering: 'ordering',
  Picture: 'picture',
} as const;
export type AssessmentItemKind = (typeof AssessmentItemKind)[keyof typeof AssessmentItemKind];
export const ASSESSMENT_ITEM_KINDS: readonly AssessmentItemKind[] =
  Object.values(AssessmentItemKind);

/**
 * The competences items are written for: DigComp 2.2's 21 competences, numbered as the framework
 * numbers them, and our own breakdown of coding readiness ("C.n"), which DigComp does not cover.
 */
export const ASSESSMENT_COMPETENCES = {
  '1.1': {
    area: 'information',
    title: 'Browsing, searching and filtering data, information and digital content',
  },
  '1.2': { area: 'information', title: 'Evaluating data, information and digital content' },
  '1.3': { area: 'information', title: 'Managing data, information and digital content' },
  '2.1': { area: 'communication', title: 'Interacting through digital technologies' },
  '2.2': { area: 'communication', title: 'Sharing through digital technologies' },
  '2.3': { area: 'communication', title: 'Engaging in citizenship through digital technologies' },
  '2.4': { area: 'communication', title: 'Collaborating through digital technologies' },
  '2.5': { area: 'communication', title: 'Netiquette' },
  '2.6': { area: 'communication', title: 'Managing digital identity' },
  '3.1': { area: 'content-creation', title: 'Developing digital content' },
  '3.2': { area: 'content-creation', title: 'Integrating and re-elaborating digital content' },
  '3.3': { area: 'content-creation', title: 'Copyright and licences' },
  '3.4': { area: 'content-creation', title: 'Programming' },
  '4.1': { area: 'safety', title: 'Protecting devices' },
  '4.2': { area: 'safety', title: 'Protecting personal data and privacy' },
  '4.3': { area: 'safety', title: 'Protecting health and well-being' },
  '4.4': { area: 'safety', title: 'Protecting the environment' },
  '5.1': { area: 'problem-solving', title: 'Solving technical problems' },
  '5.2': { area: 'problem-solving', title: 'Identifying needs and technological responses' },
  '5.3': { area: 'problem-solving', title: 'Creatively using digital technologies' },
  '5.4': { area: 'problem-solving', title: 'Identifying digital competence gaps' },
  'C.1': { area: 'coding', title: 'Logic' },
  'C.2': { area: 'coding', title: 'Sequences of instructions' },
  'C.3': { area: 'coding', title: 'Reading code' },
  'C.4': { area: 'coding', title: 'Patterns' },
  'C.5': { area: 'coding', title: 'Conditions and loops' },
} as const satisfies Record<string, { area: CompetenceArea; title: string }>;
export type CompetenceId = keyof typeof ASSESSMENT_COMPETENCES;

/** DigComp 2.2 groups its eight proficiency levels in four. */
export type LevelGroup = 'foundation' | 'intermediate' | 'advanced' | 'highly-specialised';

export function levelGroupOf(level: number): LevelGroup {
  if (level <= 2) return 'foundation';
  if (level <= 4) return 'intermediate';
  if (level <= 6) return 'advanced';
  return 'highly-specialised';
}

// ---------- intake ----------

export const LanguageSkill = {
  Basic: 'basic',
  Conversational: 'conversational',
  Fluent: 'fluent',
  Native: 'native',
} as const;
export type LanguageSkill = (typeof LanguageSkill)[keyof typeof LanguageSkill];
export const LANGUAGE_SKILLS: readonly LanguageSkill[] = Object.values(LanguageSkill);

export const DeviceAccess = {
  Phone: 'phone',
  SharedComputer: 'shared-computer',
  OwnComputer: 'own-computer',
} as const;
export type DeviceAccess = (typeof DeviceAccess)[keyof typeof DeviceAccess];
export const DEVICE_ACCESS: readonly DeviceAccess[] = Object.values(DeviceAccess);

export const Schooling = {
  None: 'none',
  Primary: 'primary',
  Secondary: 'secondary',
  Vocational: 'vocational',
  University: 'university',
} as const;
export type Schooling = (typeof Schooling)[keyof typeof Schooling];
export const SCHOOLING_LEVELS: readonly Schooling[] = Object.values(Schooling);

/** A language the learner speaks: an ISO 639 code (any language, not only the UI's) and how well. */
export interface SpokenLanguage {
  language: string;
  skill: LanguageSkill;
}
export const SPOKEN_LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
export const SPOKEN_LANGUAGES_MAX = 10;
export const JOB_GOAL_MAX_LENGTH = 200;

/** What the learner tells before the test: stored on their profile. */
export interface IntakeRequest {
  languages: SpokenLanguage[];
  devices: DeviceAccess[];
  schooling: Schooling;
  jobGoal: string;
}

export interface IntakeProfile extends IntakeRequest {
  updatedAt: string;
}

// ---------- the learner's attempt ----------

export const AttemptStatus = {
  InProgress: 'in-progress',
  Completed: 'completed',
  /** Not finished in time; kept for the mentor, and the learner may start again. */
  Expired: 'expired',
  /** Set aside by a mentor so that the learner may take the test again at once. */
  Reset: 'reset',
} as const;
export type AttemptStatus = (typeof AttemptStatus)[keyof typeof AttemptStatus];

/** An option as served: its id is opaque and differs between attempts. */
export interface ServedOption {
  id: string;
  text: string;
}

/** One item as the learner sees it: no answer key, no parameters. */
export interface ServedItem {
  /** 1 for the first item of the attempt; an answer names the position it answers. */
  position: number;
  itemId: string;
  kind: AssessmentItemKind;
  area: CompetenceArea;
  /** The language the texts are in: the attempt's, or the item's fallback. */
  language: LanguageCode;
  prompt: string;
  options: ServedOption[];
  /** Picture items: a path under the portal, e.g. `/assessment/safety-scam-sms-01.svg`. */
  image: string | null;
  /** Picture items: what the image shows, for screen readers and read-aloud. */
  alt: string | null;
  /** Code or a formula shown under the prompt, always left to right. */
  code: string | null;
}

export interface ScaleResult {
  theta: number;
  se: number;
  /** DigComp proficiency level, 1–8. */
  level: number;
  group: LevelGroup;
  answered: number;
  /** When and why the test stopped asking in this area (areas of attempts since it is kept). */
  decision?: AreaDecisionView;
}

/**
 * How an area was decided: the test stops asking in an area once the side of each cut
 * placement uses (level groups, courses' entry and target levels) is sure enough.
 */
export interface AreaDecisionView {
  /**
   * 'confident': every cut's side reached the confidence; 'no-items': no question left in the
   * area; null: still open when the test ended (at its maximum length).
   */
  settled: 'confident' | 'no-items' | null;
  /** The answer after which the area was settled for good; null if it never was. */
  after: number | null;
  /** The posterior probability that the level lies in [fromLevel, toLevel], its level group. */
  confidence: number;
  fromLevel: number;
  toLevel: number;
}

/** Why a course fits, in one area ("your level in Safety is 2; this course starts at 1"). */
export interface PlacementReasonView {
  area: CompetenceArea;
  learnerLevel: number;
  courseEntry: number;
  courseTarget: number;
}

export interface RecommendedCourse {
  courseId: string;
  slug: string;
  /** The language of `title` and `summary`: the test's, or the course's default. */
  language: LanguageCode;
  title: string;
  summary: string;
  levels: CourseLevels;
  /** Levels the course would add, summed over its areas (0 for a mentor's choice). */
  gap: number;
  reasons: PlacementReasonView[];
  enrolled: boolean;
}

/** A mentor's placement, which replaces the computed recommendations. */
export interface PlacementOverride {
  courseIds: string[];
  note: string;
  by: PersonRef;
  at: string;
}
export const PLACEMENT_NOTE_MAX_LENGTH = 500;

export interface AssessmentResultView {
  overall: ScaleResult;
  /** The five DigComp areas and coding readiness. */
  areas: Record<CompetenceArea, ScaleResult>;
  recommendations: RecommendedCourse[];
  /** Set when a mentor chose the courses: `recommendations` are then the mentor's. */
  override: PlacementOverride | null;
}

export interface AttemptView {
  id: string;
  status: AttemptStatus;
  language: LanguageCode;
  startedAt: string;
  expiresAt: string;
  completedAt: string | null;
  answered: number;
  /** "About N questions left", this one included; 0 once the test is over. */
  questionsLeft: number;
  /** The item to answer now, while in progress. */
  current: ServedItem | null;
  /** Once completed. */
  result: AssessmentResultView | null;
}

/** Everything the dashboard needs to show the assessment's state. */
export interface AssessmentOverview {
  intake: IntakeProfile | null;
  /** The attempt in progress, if any. */
  current: AttemptView | null;
  /** The last completed attempt, with its result. */
  latest: AttemptView | null;
  /** Whether a new attempt may start now (none in progress, no cooldown). */
  canStart: boolean;
  /** When the cooldown after the last completed attempt ends (null: no cooldown). */
  retakeAvailableAt: string | null;
  /** Languages the test can be taken in. */
  languages: LanguageCode[];
  /** How long the test takes, told before it starts. */
  length: TestLengthEstimate;
}

/**
 * The engine's own estimate of the test's length: its maximum and expected number of questions
 * and, from the median time of stored answers (or a stated default when there are too few),
 * the time per question and in all.
 */
export interface TestLengthEstimate {
  maxQuestions: number;
  expectedQuestions: number;
  secondsPerQuestion: number;
  /** Minutes for the expected number of questions, rounded up. */
  minutes: number;
  /** Where the time per question comes from: learners' answers, or the default. */
  timeFrom: 'answers' | 'default';
}

export interface StartAttemptRequest {
  language: LanguageCode;
}

export interface ChangeLanguageRequest {
  language: LanguageCode;
}

/**
 * An answer to the item served at `position`: the chosen option ids (for ordering, every
 * option in the chosen order), or "I don't know".
 */
export interface AnswerRequest {
  position: number;
  itemId: string;
  choiceIds?: string[];
  dontKnow?: boolean;
}

// ---------- mentors: learners' results and attempts ----------

export interface AttemptSummary {
  id: string;
  status: AttemptStatus;
  language: LanguageCode;
  startedAt: string;
  completedAt: string | null;
  answered: number;
  overall: ScaleResult | null;
  areas: Record<CompetenceArea, ScaleResult> | null;
}

export interface AssessedLearner extends PersonRef {
  identifier: string;
  cohorts: string[];
  intake: IntakeProfile | null;
  latest: AttemptSummary | null;
}

export interface ReviewedResponse {
  position: number;
  itemId: string;
  itemKey: string;
  area: CompetenceArea;
  kind: AssessmentItemKind;
  language: LanguageCode;
  /** The prompt and the options chosen, in the language the item was answered in. */
  prompt: string;
  given: string[];
  /** The right options, in the same language (ordered for ordering items). */
  expected: string[];
  dontKnow: boolean;
  correct: boolean;
  thetaAfter: number;
  seAfter: number;
  timeSpentMs: number;
  answeredAt: string;
}

export interface AttemptReview extends AttemptSummary {
  /**
   * Why the test stopped: 'decided' (every area settled), 'max-length', 'bank-exhausted', or
   * 'precision' and 'max-length' for attempts of the earlier engine; null while in progress.
   */
  stopReason: string | null;
  learner: PersonRef;
  expiresAt: string;
  resetBy: PersonRef | null;
  responses: ReviewedResponse[];
  /** The item served now, if in progress (its id and since when). */
  currentItemKey: string | null;
  result: AssessmentResultView | null;
}

export interface LearnerAssessment {
  learner: PersonRef;
  intake: IntakeProfile | null;
  attempts: AttemptSummary[];
}

export interface OverridePlacementRequest {
  courseIds: string[];
  note: string;
}

// ---------- mentors: the item bank ----------

export const AssessmentItemStatus = { Active: 'active', Retired: 'retired' } as const;
export type AssessmentItemStatus = (typeof AssessmentItemStatus)[keyof typeof AssessmentItemStatus];

export interface AssessmentItemText {
  prompt: string;
  options: string[];
  alt?: string;
}

export interface IrtParametersView {
  a: number;
  b: number;
  /** 3PL guessing; 0 or absent for 2PL. */
  c: number;
  /** Authored estimates, not yet calibrated on responses. */
  provisional: boolean;
}

/** Bounds of the IRT parameters an item may have. */
export const IRT_BOUNDS = { aMin: 0.5, aMax: 2.5, bMin: -3, bMax: 3, cMax: 0.25 } as const;
export const ASSESSMENT_PROMPT_MAX_LENGTH = 1_000;
export const ASSESSMENT_OPTION_MAX_LENGTH = 300;
export const ASSESSMENT_OPTIONS_MIN = 2;
export const ASSESSMENT_OPTIONS_MAX = 8;
export const ASSESSMENT_CODE_MAX_LENGTH = 1_000;
/** A picture item's image: a file shipped with the portal under `/assessment/`. */
export const ASSESSMENT_IMAGE_PATTERN = /^[a-z0-9][a-z0-9-]*\.svg$/;
export const ITEM_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;

/** What an author writes. `answer` holds option indexes, as quiz questions do. */
export interface AssessmentItemRequest {
  key: string;
  area: CompetenceArea;
  competence: string;
  kind: AssessmentItemKind;
  image?: string | null;
  code?: string | null;
  irt: { a: number; b: number; c?: number };
  answer: number[];
  fallbackLanguage: LanguageCode;
  translations: Translations<AssessmentItemText>;
}

export type UpdateAssessmentItemRequest = Partial<AssessmentItemRequest>;

/** How an item has fared with learners. */
export interface ItemStatistics {
  /** Times it was served (answered). */
  shown: number;
  /** Share of attempts that were served it. */
  exposure: number;
  /** Share of answers that were right (null when never shown). */
  pValue: number | null;
  /**
   * Correlation between being right on this item and the ability shown by the attempt's
   * other answers (null below 5 answers, or with no spread).
   */
  itemRest: number | null;
}

export interface AssessmentItemSummary {
  id: string;
  key: string;
  area: CompetenceArea;
  competence: string;
  kind: AssessmentItemKind;
  status: AssessmentItemStatus;
  irt: IrtParametersView;
  /** Sympson–Hetter: the chance the item is given when selected. */
  exposureControl: number;
  fallbackLanguage: LanguageCode;
  languages: LanguageCode[];
  /** In the fallback language. */
  prompt: string;
  stats: ItemStatistics;
  updatedAt: string;
}

export interface AssessmentItemDetail extends AssessmentItemSummary {
  image: string | null;
  code: string | null;
  answer: number[];
  translations: Translations<AssessmentItemText>;
}

export interface ItemBankView {
  items: AssessmentItemSummary[];
  /** Attempts the statistics are computed over. */
  attempts: number;
}
