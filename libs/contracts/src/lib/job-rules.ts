import { type FieldRuleProblem, numberProblem, RuleProblems, textProblem } from './form-rules';
import {
  JOB_DESCRIPTION_MAX_LENGTH,
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  JOB_LOCATION_MAX_LENGTH,
  JOB_TITLE_MAX_LENGTH,
  type JobRequest,
} from './jobs';

/** A start date as the API takes it: a calendar day, `2027-01-04`. */
export const JOB_START_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The rules of a job posting's own fields, as the API's DTO applies them with the same
 * limits: a title and a place, texts within their lengths, whole hours within the limits and a
 * start date that is a day. Requirements have their own check (`requirementsProblems`).
 */
export function jobFieldProblems(job: Omit<JobRequest, 'requirements'>): FieldRuleProblem[] {
  const problems = new RuleProblems()
    .add('title', textProblem(job.title, { required: true, max: JOB_TITLE_MAX_LENGTH }))
    .add('description', textProblem(job.description, { max: JOB_DESCRIPTION_MAX_LENGTH }))
    .add('location', textProblem(job.location, { required: true, max: JOB_LOCATION_MAX_LENGTH }))
    .add(
      'hoursPerWeek',
      numberProblem(job.hoursPerWeek, { min: JOB_HOURS_MIN, max: JOB_HOURS_MAX, integer: true }),
    );
  if (job.startDate !== null) {
    problems.add('startDate', textProblem(job.startDate, { pattern: JOB_START_DATE_PATTERN }));
  }
  return problems.list;
}
