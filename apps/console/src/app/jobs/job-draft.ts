import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  ContractType,
  type CourseRequirement,
  type FieldError,
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  JOB_REQUIREMENT_LIMITS,
  jobFieldProblems,
  type JobRequest,
  type JobView,
  type LanguageRequirement,
  LanguageSkill,
  RemoteOption,
  requirementsProblems,
  type UpdateJobRequest,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { problemOf, ruleMessage } from '@passerelle/web-auth';

/**
 * A job posting as its editor holds it: the fields as typed (hours as text, no start date as
 * ''), and the requirements as rows, which may be incomplete until saved (a language row
 * without its language). It is the value of the editor's form (`job-form.ts`); plain functions
 * turn it into the API's request and check it with the contracts' rules, the API's own
 * (`jobFieldProblems`, `requirementsProblems`), so that errors show before a round trip.
 */
export interface JobDraft {
  title: string;
  description: string;
  location: string;
  remote: RemoteOption;
  contractType: ContractType;
  hours: string;
  startDate: string;
  /** The minimum level per area; an area left out is not required. */
  levels: Partial<Record<CompetenceArea, number>>;
  languages: LanguageRequirement[];
  courses: CourseRequirement[];
}

export function newJobDraft(): JobDraft {
  return {
    title: '',
    description: '',
    location: '',
    remote: RemoteOption.OnSite,
    contractType: ContractType.Permanent,
    hours: '35',
    startDate: '',
    levels: {},
    languages: [],
    courses: [],
  };
}

export function jobDraft(job: JobView): JobDraft {
  return {
    title: job.title,
    description: job.description,
    location: job.location,
    remote: job.remote,
    contractType: job.contractType,
    hours: String(job.hoursPerWeek),
    startDate: job.startDate ?? '',
    levels: levelsInOrder(job.requirements.levels),
    languages: job.requirements.languages.map((l) => ({ ...l })),
    courses: job.requirements.courses.map((c) => ({ ...c })),
  };
}

/** Levels keyed in area order, so that the same levels always read (and compare) the same. */
function levelsInOrder(
  levels: Partial<Record<CompetenceArea, number>>,
): Partial<Record<CompetenceArea, number>> {
  const ordered: Partial<Record<CompetenceArea, number>> = {};
  for (const area of COMPETENCE_AREAS) {
    const level = levels[area];
    if (level !== undefined) ordered[area] = level;
  }
  return ordered;
}

/** Hours as typed, as a number: NaN when it is not one (the checks then say so). */
export function parseHours(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** What the API receives: trimmed texts, no start date as null, levels in area order. */
export function jobRequest(draft: JobDraft): JobRequest {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    location: draft.location.trim(),
    remote: draft.remote,
    contractType: draft.contractType,
    hoursPerWeek: parseHours(draft.hours),
    startDate: draft.startDate || null,
    requirements: {
      levels: levelsInOrder(draft.levels),
      languages: draft.languages.map((l) => ({ language: l.language, skill: l.skill })),
      courses: draft.courses.map((c) => ({ courseId: c.courseId, required: c.required })),
    },
  };
}

/** Only what changed since the job was saved: a PATCH that does not overwrite a colleague's edit. */
export function changedFields(before: JobRequest, after: JobRequest): UpdateJobRequest {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(after) as (keyof JobRequest)[]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = after[field];
    }
  }
  return changes as UpdateJobRequest;
}

/** A new row of the language requirements: the language is chosen next. */
export function newLanguageRow(): LanguageRequirement {
  return { language: '', skill: LanguageSkill.Conversational };
}

/** A new row of the course requirements: the course is chosen next. */
export function newCourseRow(): CourseRequirement {
  return { courseId: '', required: true };
}

/** The words for one requirement problem, as `requirementsProblems` or the API names it. */
export function requirementMessage(problem: Pick<FieldError, 'field' | 'code'>): UiMessage {
  const inLanguages = /(^|\.)languages(\.|$)/.test(problem.field);
  const { levelMin, levelMax, languagesMax, coursesMax } = JOB_REQUIREMENT_LIMITS;
  switch (problem.code) {
    case 'unknownArea':
    case 'levelOutOfRange':
      return { key: 'jobs.errors.level', params: { min: levelMin, max: levelMax } };
    case 'invalidLanguageCode':
      return { key: 'jobs.errors.language' };
    case 'unknownLanguageSkill':
      return { key: 'jobs.errors.skill' };
    case 'invalidCourseId':
      return { key: 'jobs.errors.course' };
    case 'unknownCourse':
      return { key: 'jobs.errors.unknownCourse' };
    case 'duplicate':
      return { key: inLanguages ? 'jobs.errors.languageTwice' : 'jobs.errors.courseTwice' };
    case 'tooMany':
      return inLanguages
        ? { key: 'jobs.errors.tooManyLanguages', params: { max: languagesMax } }
        : { key: 'jobs.errors.tooManyCourses', params: { max: coursesMax } };
    default:
      return { key: 'errors.field.invalid' };
  }
}

const HOURS_MESSAGE: UiMessage = {
  key: 'jobs.errors.hours',
  params: { min: JOB_HOURS_MIN, max: JOB_HOURS_MAX },
};
const START_DATE_MESSAGE: UiMessage = { key: 'jobs.errors.startDate' };

/**
 * The browser's checks, by field path as the API names them (`title`,
 * `requirements.languages.1.language`): the contracts' rules of a job's fields and of its
 * requirements, the very ones the API applies. Empty when the job can be saved.
 */
export function validateJobDraft(draft: JobDraft): Record<string, UiMessage> {
  const request = jobRequest(draft);
  const problems: Record<string, UiMessage> = {};
  for (const problem of jobFieldProblems(request)) {
    problems[problem.field] ??=
      problem.field === 'hoursPerWeek'
        ? HOURS_MESSAGE
        : problem.field === 'startDate'
          ? START_DATE_MESSAGE
          : ruleMessage(problem);
  }
  for (const problem of requirementsProblems(request.requirements)) {
    problems[`requirements.${problem.field}`] ??= requirementMessage(problem);
  }
  return problems;
}

/**
 * The API's field errors that the generic words would say badly: requirements, hours and the
 * start date. Other fields (a title too long) keep `Saving`'s generic messages.
 */
export function jobFieldMessages(error: unknown): Record<string, UiMessage> {
  const messages: Record<string, UiMessage> = {};
  for (const fieldError of problemOf(error)?.errors ?? []) {
    const { field } = fieldError;
    const message = field.startsWith('requirements')
      ? requirementMessage(fieldError)
      : field === 'hoursPerWeek'
        ? HOURS_MESSAGE
        : field === 'startDate'
          ? START_DATE_MESSAGE
          : null;
    if (message) messages[field] ??= message;
  }
  return messages;
}

/** Whether any problem lies under `prefix` (`requirements.languages.0`), to mark its row. */
export function hasProblemUnder(problems: Record<string, UiMessage>, prefix: string): boolean {
  return Object.keys(problems).some((p) => p === prefix || p.startsWith(`${prefix}.`));
}
