import type { ExerciseDefinition } from './coding';
import type { LanguageCode } from './languages';

/** The five DigComp 2.2 competence areas, plus readiness for the code track. */
export const CompetenceArea = {
  Information: 'information',
  Communication: 'communication',
  ContentCreation: 'content-creation',
  Safety: 'safety',
  ProblemSolving: 'problem-solving',
  Coding: 'coding',
} as const;
export type CompetenceArea = (typeof CompetenceArea)[keyof typeof CompetenceArea];
export const COMPETENCE_AREAS: readonly CompetenceArea[] = Object.values(CompetenceArea);

/** DigComp proficiency levels: 1–2 foundation, 3–4 intermediate, 5–6 advanced, 7–8 highly specialised. */
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 8;

/** Where a course starts and where it brings a learner, in one competence area. */
export interface LevelRange {
  entry: number;
  target: number;
}
export type CourseLevels = Partial<Record<CompetenceArea, LevelRange>>;

/** Text in several languages; the course's default language is always present. */
export type Translations<T> = Partial<Record<LanguageCode, T>>;

export const CourseStatus = { Draft: 'draft', Published: 'published' } as const;
export type CourseStatus = (typeof CourseStatus)[keyof typeof CourseStatus];

export const ItemKind = { Lesson: 'lesson', Quiz: 'quiz', Exercise: 'exercise' } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

export const QuestionKind = {
  Single: 'single',
  Multiple: 'multiple',
  Ordering: 'ordering',
} as const;
export type QuestionKind = (typeof QuestionKind)[keyof typeof QuestionKind];

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TITLE_MAX_LENGTH = 120;
export const SUMMARY_MAX_LENGTH = 600;
export const LESSON_MAX_LENGTH = 50_000;
export const QUESTION_OPTIONS_MIN = 2;
export const QUESTION_OPTIONS_MAX = 8;
export const QUESTION_PROMPT_MAX_LENGTH = 1_000;
export const QUESTION_OPTION_MAX_LENGTH = 300;
/** A course's slug: 3 to 80 characters (and `SLUG_PATTERN`). */
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 80;
export const QUIZ_QUESTIONS_MAX = 30;

// ---------- authoring (mentors) ----------

export interface CourseText {
  title: string;
  summary: string;
}

export interface CreateCourseRequest {
  slug: string;
  defaultLanguage: LanguageCode;
  translations: Translations<CourseText>;
  levels: CourseLevels;
}

export type UpdateCourseRequest = Partial<CreateCourseRequest>;

export interface ModuleText {
  title: string;
}

export interface CreateModuleRequest {
  translations: Translations<ModuleText>;
}

export interface ItemText {
  title: string;
  /** Markdown, for lessons. Rendered without HTML: no script can ride in on content. */
  body?: string;
}

export interface QuestionText {
  prompt: string;
  options: string[];
}

/**
 * A quiz question. `answer` holds option indexes: the one right option (single), every right
 * option (multiple), or all options in the right order (ordering). It never leaves the server.
 */
export interface QuizQuestion {
  kind: QuestionKind;
  answer: number[];
  translations: Translations<QuestionText>;
}

export interface CreateItemRequest {
  kind: ItemKind;
  translations: Translations<ItemText>;
  /** Quizzes only. */
  questions?: QuizQuestion[];
  /** Exercises only: how the exercise is graded, its prompt and hints. */
  exercise?: ExerciseDefinition;
  /**
   * Exercises only, optional: a solution that must pass every test (while the starter must
   * not), run through the real grader before the exercise is saved. Checked, never stored.
   */
  referenceSolution?: string;
}

/** Everything optional; `position` moves the module among the course's modules (0 = first). */
export interface UpdateModuleRequest {
  translations?: Translations<ModuleText>;
  position?: number;
}

/**
 * Everything optional; the kind of an item never changes. Given `translations`, `questions`
 * or `exercise` replace the old ones whole. `moduleId` moves the item to another module of
 * the course, `position` places it there (0 = first; default: last when it changes module).
 */
export interface UpdateItemRequest {
  translations?: Translations<ItemText>;
  questions?: QuizQuestion[];
  exercise?: ExerciseDefinition;
  referenceSolution?: string;
  moduleId?: string;
  position?: number;
}

/** An exercise's solution file: a plain JavaScript file name, as the tests import it. */
export const SOLUTION_FILE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,59}\.js$/i;
/** Characters of a starter, a test file or a reference solution. */
export const EXERCISE_CODE_MAX_LENGTH = 20_000;
export const EXERCISE_PROMPT_MAX_LENGTH = 10_000;
export const EXERCISE_HINTS_MAX = 10;
export const HINT_MAX_LENGTH = 1_000;

export interface AuthorRef {
  id: string;
  displayName: string;
}

/** A course in the console's list: what a mentor scans for, in the language asked for. */
export interface CourseSummary {
  id: string;
  slug: string;
  status: CourseStatus;
  title: string;
  defaultLanguage: LanguageCode;
  /** Languages the course's own texts are written in. */
  languages: LanguageCode[];
  moduleCount: number;
  itemCount: number;
  learnerCount: number;
  author: AuthorRef | null;
  /** The signed-in account may change it: its author, or an admin. */
  editable: boolean;
  updatedAt: string;
  publishedAt: string | null;
}

export interface AuthoringItem {
  id: string;
  kind: ItemKind;
  translations: Translations<ItemText>;
  /** Quizzes: the questions with their answer keys. */
  questions: QuizQuestion[] | null;
  /** Exercises: the whole definition, hidden tests included. */
  exercise: ExerciseDefinition | null;
  /** Learners have progress or submissions on it, so it cannot be deleted. */
  hasLearnerWork: boolean;
}

export interface AuthoringModule {
  id: string;
  translations: Translations<ModuleText>;
  items: AuthoringItem[];
}

/** The whole course as its authors edit it: every language, answer keys, hidden tests. */
export interface CourseAuthoring {
  id: string;
  slug: string;
  status: CourseStatus;
  defaultLanguage: LanguageCode;
  translations: Translations<CourseText>;
  levels: CourseLevels;
  author: AuthorRef | null;
  editable: boolean;
  learnerCount: number;
  publishedAt: string | null;
  updatedAt: string;
  modules: AuthoringModule[];
}

// ---------- what learners see (localized, no answer keys) ----------

export interface Progress {
  completed: number;
  total: number;
  percent: number;
}

export interface CourseView {
  id: string;
  slug: string;
  status: CourseStatus;
  /** The language the texts below are in: the one asked for, else the course's default. */
  language: LanguageCode;
  title: string;
  summary: string;
  levels: CourseLevels;
  itemCount: number;
  enrolled: boolean;
  progress: Progress | null;
}

export interface OutlineItem {
  id: string;
  kind: ItemKind;
  title: string;
  completed: boolean;
}

export interface OutlineModule {
  id: string;
  title: string;
  items: OutlineItem[];
}

export interface CourseOutline extends CourseView {
  modules: OutlineModule[];
  /** The first item not yet completed, in course order. */
  nextItemId: string | null;
  completedAt: string | null;
}

export interface QuestionView {
  kind: QuestionKind;
  prompt: string;
  options: string[];
}

export interface ItemView {
  id: string;
  courseId: string;
  kind: ItemKind;
  language: LanguageCode;
  title: string;
  body: string | null;
  questions: QuestionView[] | null;
  completed: boolean;
}

export interface QuizAnswersRequest {
  /** One list of option indexes per question, in question order. */
  answers: number[][];
}

export interface QuizResult {
  correct: number;
  total: number;
  passed: boolean;
  /** Per question: answered right or not. */
  questions: boolean[];
}

export interface EnrolRequest {
  /** Given by a mentor enrolling a learner; left out by a learner enrolling themselves. */
  learnerId?: string;
}
