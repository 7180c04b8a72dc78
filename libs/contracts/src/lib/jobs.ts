import {
  LANGUAGE_SKILLS,
  type LanguageSkill,
  SPOKEN_LANGUAGE_PATTERN,
  SPOKEN_LANGUAGES_MAX,
  type SpokenLanguage,
} from './assessment';
import { COMPETENCE_AREAS, type CompetenceArea, LEVEL_MAX, LEVEL_MIN } from './learning';
import type { PipelineStage } from './pipeline';
import type { FieldError } from './problem';

// ---------- what a job asks for ----------

/** A language the job needs, and how well (an ISO 639 code, as learners declare theirs). */
export interface LanguageRequirement {
  language: string;
  skill: LanguageSkill;
}

/** A course the job asks for: `required`, or only preferred (it then weighs less in the score). */
export interface CourseRequirement {
  courseId: string;
  required: boolean;
}

/**
 * What an employer asks of candidates. Levels and languages are always required; courses are
 * required or preferred.
 */
export interface JobRequirements {
  /** The minimum DigComp level (1–8) per area, coding readiness included. */
  levels: Partial<Record<CompetenceArea, number>>;
  languages: LanguageRequirement[];
  courses: CourseRequirement[];
}

export const JOB_REQUIREMENT_LIMITS = {
  levelMin: LEVEL_MIN,
  levelMax: LEVEL_MAX,
  languagesMax: SPOKEN_LANGUAGES_MAX,
  coursesMax: 20,
} as const;

// ---------- what the platform holds about a candidate ----------

/** The evidence a candidate is matched on, as the platform holds it (never self-rated levels). */
export interface CandidateEvidence {
  /** Levels from the candidate's latest completed assessment, with when it was taken. */
  levels: Partial<Record<CompetenceArea, { level: number; assessedAt: string }>>;
  /** Languages the candidate declared at intake. */
  languages: SpokenLanguage[];
  completedCourses: { courseId: string; completedAt: string }[];
  coursesInProgress: { courseId: string; percent: number }[];
}

// ---------- the explained match ----------

export type RequirementStatus = 'met' | 'partly' | 'missing';
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['met', 'partly', 'missing'];

interface CheckBase {
  status: RequirementStatus;
  /** Required requirements weigh fully in the score; preferred ones (courses only) weigh half. */
  required: boolean;
}

/** A minimum level in one area; the evidence is the candidate's assessed level, if any. */
export interface LevelCheck extends CheckBase {
  kind: 'level';
  requirement: { area: CompetenceArea; level: number };
  evidence: { level: number; assessedAt: string } | null;
}

/** A language at a skill; the evidence is the skill the candidate declared for it, if any. */
export interface LanguageCheck extends CheckBase {
  kind: 'language';
  requirement: LanguageRequirement;
  evidence: { skill: LanguageSkill } | null;
}

/**
 * A course; the evidence is its completion (`completedAt`, percent 100) or the progress of a
 * course under way (`completedAt` null), or null when the candidate has not started it.
 */
export interface CourseCheck extends CheckBase {
  kind: 'course';
  requirement: CourseRequirement;
  evidence: { completedAt: string | null; percent: number } | null;
}

export type RequirementCheck = LevelCheck | LanguageCheck | CourseCheck;
export type RequirementKind = RequirementCheck['kind'];

export interface MatchResult {
  /** 0–100, an integer. */
  score: number;
  /** One per requirement: levels in area order, then languages, then courses as listed. */
  checks: RequirementCheck[];
  met: number;
  partly: number;
  missing: number;
  /** Missing requirements among the required ones: what would rule a candidate out. */
  missingRequired: number;
}

// ---------- validation ----------

/** A course id as the API issues them (a UUID). */
export const COURSE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const JobRequirementProblem = {
  InvalidType: 'invalidType',
  UnknownArea: 'unknownArea',
  LevelOutOfRange: 'levelOutOfRange',
  InvalidLanguageCode: 'invalidLanguageCode',
  UnknownLanguageSkill: 'unknownLanguageSkill',
  InvalidCourseId: 'invalidCourseId',
  Duplicate: 'duplicate',
  TooMany: 'tooMany',
} as const;
export type JobRequirementProblem =
  (typeof JobRequirementProblem)[keyof typeof JobRequirementProblem];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every reason why requirements cannot be accepted, one field error each (empty when they are
 * fine), for the API to answer 400 and for the console's form to show before saving. It takes
 * any value, as parsed from a request body, so that a wrong shape is a problem and not a crash.
 *
 * Areas cannot repeat: `levels` is keyed by area, and a JSON object keeps one value per key.
 */
export function requirementsProblems(requirements: unknown): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, code: JobRequirementProblem, message: string) =>
    problems.push({ field, code, message });
  const { levelMin, levelMax, languagesMax, coursesMax } = JOB_REQUIREMENT_LIMITS;

  if (!isRecord(requirements)) {
    add('requirements', 'invalidType', 'Requirements must be an object.');
    return problems;
  }
  const { levels, languages, courses } = requirements;

  if (!isRecord(levels)) {
    add('levels', 'invalidType', 'Levels must be an object from area to minimum level.');
  } else {
    for (const [area, level] of Object.entries(levels)) {
      const field = `levels.${area}`;
      if (!(COMPETENCE_AREAS as readonly string[]).includes(area)) {
        add(
          field,
          'unknownArea',
          `Unknown area "${area}": use one of ${COMPETENCE_AREAS.join(', ')}.`,
        );
      } else if (typeof level !== 'number') {
        add(field, 'invalidType', `The level must be a number from ${levelMin} to ${levelMax}.`);
      } else if (!Number.isInteger(level) || level < levelMin || level > levelMax) {
        add(
          field,
          'levelOutOfRange',
          `The level must be a whole number from ${levelMin} to ${levelMax}.`,
        );
      }
    }
  }

  if (!Array.isArray(languages)) {
    add('languages', 'invalidType', 'Languages must be a list.');
  } else {
    if (languages.length > languagesMax) {
      add('languages', 'tooMany', `At most ${languagesMax} languages.`);
    }
    const seen = new Set<string>();
    languages.forEach((entry: unknown, i) => {
      const field = `languages.${i}`;
      if (!isRecord(entry)) {
        add(field, 'invalidType', 'A language must be an object with a language and a skill.');
        return;
      }
      const { language, skill } = entry;
      if (typeof language !== 'string' || !SPOKEN_LANGUAGE_PATTERN.test(language)) {
        add(
          `${field}.language`,
          'invalidLanguageCode',
          'A language is a 2- or 3-letter lower-case ISO 639 code.',
        );
      } else if (seen.has(language)) {
        add(`${field}.language`, 'duplicate', `The language "${language}" is listed twice.`);
      } else {
        seen.add(language);
      }
      if (!(LANGUAGE_SKILLS as readonly unknown[]).includes(skill)) {
        add(
          `${field}.skill`,
          'unknownLanguageSkill',
          `The skill must be one of ${LANGUAGE_SKILLS.join(', ')}.`,
        );
      }
    });
  }

  if (!Array.isArray(courses)) {
    add('courses', 'invalidType', 'Courses must be a list.');
  } else {
    if (courses.length > coursesMax) {
      add('courses', 'tooMany', `At most ${coursesMax} courses.`);
    }
    const seen = new Set<string>();
    courses.forEach((entry: unknown, i) => {
      const field = `courses.${i}`;
      if (!isRecord(entry)) {
        add(
          field,
          'invalidType',
          'A course must be an object with a course id and whether it is required.',
        );
        return;
      }
      const { courseId, required } = entry;
      if (typeof courseId !== 'string' || !COURSE_ID_PATTERN.test(courseId)) {
        add(`${field}.courseId`, 'invalidCourseId', 'A course id is a UUID.');
      } else if (seen.has(courseId.toLowerCase())) {
        add(`${field}.courseId`, 'duplicate', 'This course is listed twice.');
      } else {
        seen.add(courseId.toLowerCase());
      }
      if (typeof required !== 'boolean') {
        add(
          `${field}.required`,
          'invalidType',
          'Say whether the course is required (true) or preferred (false).',
        );
      }
    });
  }

  return problems;
}

// ---------- job postings ----------

export const JobStatus = { Draft: 'draft', Open: 'open', Closed: 'closed' } as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];
export const JOB_STATUSES: readonly JobStatus[] = Object.values(JobStatus);

/** Where the work happens. */
export const RemoteOption = { OnSite: 'on-site', Hybrid: 'hybrid', Remote: 'remote' } as const;
export type RemoteOption = (typeof RemoteOption)[keyof typeof RemoteOption];
export const REMOTE_OPTIONS: readonly RemoteOption[] = Object.values(RemoteOption);

export const ContractType = {
  Permanent: 'permanent',
  FixedTerm: 'fixed-term',
  Apprenticeship: 'apprenticeship',
  Internship: 'internship',
  Freelance: 'freelance',
} as const;
export type ContractType = (typeof ContractType)[keyof typeof ContractType];
export const CONTRACT_TYPES: readonly ContractType[] = Object.values(ContractType);

export const JOB_TITLE_MAX_LENGTH = 120;
export const JOB_DESCRIPTION_MAX_LENGTH = 5_000;
export const JOB_LOCATION_MAX_LENGTH = 120;
export const JOB_HOURS_MIN = 1;
export const JOB_HOURS_MAX = 48;

/** A job posting as its organisation writes it. `startDate` is a calendar date (YYYY-MM-DD). */
export interface JobRequest {
  title: string;
  description: string;
  location: string;
  remote: RemoteOption;
  contractType: ContractType;
  hoursPerWeek: number;
  startDate: string | null;
  requirements: JobRequirements;
}

export type UpdateJobRequest = Partial<JobRequest>;

export interface ChangeJobStatusRequest {
  status: JobStatus;
}

/**
 * Draft → open → closed, and a closed job may open again; an open or closed job never goes
 * back to draft (candidates have seen it).
 */
export function mayChangeJobStatus(from: JobStatus, to: JobStatus): boolean {
  if (from === to) return false;
  if (to === JobStatus.Open) return true;
  return from === JobStatus.Open && to === JobStatus.Closed;
}

export interface JobView extends JobRequest {
  id: string;
  organisation: { id: string; name: string };
  status: JobStatus;
  createdAt: string;
  updatedAt: string;
  openedAt: string | null;
}

// ---------- candidates for a job ----------

/** A visible candidate in a job's ranked list: the match is computed on shared evidence only. */
export interface CandidateMatch {
  learnerId: string;
  displayName: string;
  /** When the learner shares "about". */
  headline: string | null;
  match: MatchResult;
  /** Where the candidate is in this job's pipeline, if there. */
  stage: PipelineStage | null;
}

/** Filters of a job's candidate list (query parameters). */
export interface CandidateFilters {
  /** With `level`: candidates at or above this level in this area. */
  area?: string;
  level?: number;
  /** A language the candidate speaks (ISO 639 code). */
  language?: string;
  /** A place among the candidate's preferred locations (case-insensitive substring). */
  location?: string;
  /** Candidates available on or before this date (YYYY-MM-DD). */
  availableBy?: string;
  /** A course the candidate completed. */
  courseId?: string;
}
