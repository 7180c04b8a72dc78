import {
  type FieldRuleProblem,
  numberProblem,
  type RuleProblem,
  RuleProblems,
  textProblem,
} from './form-rules';
import { JOB_HOURS_MAX, JOB_HOURS_MIN } from './jobs';
import { PROFILE_LIMITS, type ProfileRequest, YEAR_MONTH_PATTERN } from './profiles';

/** A calendar day as the API takes it: `2027-01-04`. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const tooMany = (max: number): RuleProblem => ({ code: 'range', min: 0, max });

/**
 * The rules of a candidate profile ("About you") as the API's DTO applies them, with the same
 * limits, by the field paths the API names (`experience.1.from`, `preferredLocations.0`): texts
 * within their lengths, each job with a title and a start month, months and the start day
 * well-formed, whole hours within the limits, and not too many jobs or places. The portal
 * checks the request with them before sending it.
 */
export function profileFieldProblems(profile: ProfileRequest): FieldRuleProblem[] {
  const limits = PROFILE_LIMITS;
  const problems = new RuleProblems()
    .add('headline', textProblem(profile.headline, { max: limits.headline }))
    .add('bio', textProblem(profile.bio, { max: limits.bio }));
  profile.experience.forEach((job, i) => {
    const at = `experience.${i}`;
    problems
      .add(`${at}.title`, textProblem(job.title, { required: true, max: limits.experienceText }))
      .add(`${at}.organisation`, textProblem(job.organisation, { max: limits.experienceText }))
      .add(`${at}.from`, textProblem(job.from, { required: true, pattern: YEAR_MONTH_PATTERN }))
      .add(
        `${at}.to`,
        job.to === null ? null : textProblem(job.to, { pattern: YEAR_MONTH_PATTERN }),
      )
      .add(
        `${at}.description`,
        textProblem(job.description, { max: limits.experienceDescription }),
      );
  });
  if (profile.experience.length > limits.experience) {
    problems.add('experience', tooMany(limits.experience));
  }
  if (profile.availableFrom !== null) {
    problems.add('availableFrom', textProblem(profile.availableFrom, { pattern: DAY_PATTERN }));
  }
  if (profile.hoursPerWeek !== null) {
    problems.add(
      'hoursPerWeek',
      numberProblem(profile.hoursPerWeek, {
        min: JOB_HOURS_MIN,
        max: JOB_HOURS_MAX,
        integer: true,
      }),
    );
  }
  if (profile.preferredLocations.length > limits.locations) {
    problems.add('preferredLocations', tooMany(limits.locations));
  }
  profile.preferredLocations.forEach((place, i) =>
    problems.add(
      `preferredLocations.${i}`,
      textProblem(place, { required: true, max: limits.location }),
    ),
  );
  return problems.list;
}
