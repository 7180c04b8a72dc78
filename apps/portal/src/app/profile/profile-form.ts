import {
  type FieldRuleProblem,
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  PROFILE_LIMITS,
  profileFieldProblems,
  type ProfileRequest,
  type RightToWork,
  YEAR_MONTH_PATTERN,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { ruleMessage } from '@passerelle/web-auth';

/** One job as the learner types it; `key` keeps a row's DOM (and focus) when another goes. */
export interface ExperienceRow {
  key: number;
  title: string;
  organisation: string;
  /** `YYYY-MM` from a month field (or typed where the browser has no month picker). */
  from: string;
  /** Empty while the job goes on. */
  to: string;
  description: string;
}

/** The "About you" form as typed: strings where the request has numbers, dates or lists. */
export interface ProfileDraft {
  headline: string;
  bio: string;
  experience: ExperienceRow[];
  /** `YYYY-MM-DD`, or empty: at once. */
  availableFrom: string;
  hoursPerWeek: string;
  /** Towns or areas, separated by commas. */
  places: string;
  remoteOk: boolean;
  /** Null: the learner prefers not to say. */
  rightToWork: RightToWork | null;
}

export type ExperienceField = Exclude<keyof ExperienceRow, 'key'>;

/** Where a message shows: a field's name, or `experience.<row key>.<field>` in a job. */
export type FieldErrors = Record<string, UiMessage>;

export function experienceField(key: number, field: ExperienceField): string {
  return `experience.${key}.${field}`;
}

let nextKey = 0;

export function emptyExperience(): ExperienceRow {
  return { key: nextKey++, title: '', organisation: '', from: '', to: '', description: '' };
}

export function draftOf(profile: ProfileRequest): ProfileDraft {
  return {
    headline: profile.headline,
    bio: profile.bio,
    experience: profile.experience.map((job) => ({
      ...emptyExperience(),
      title: job.title,
      organisation: job.organisation,
      from: job.from,
      to: job.to ?? '',
      description: job.description,
    })),
    availableFrom: profile.availableFrom ?? '',
    hoursPerWeek: profile.hoursPerWeek === null ? '' : String(profile.hoursPerWeek),
    places: profile.preferredLocations.join(', '),
    remoteOk: profile.remoteOk,
    rightToWork: profile.rightToWork,
  };
}

/** Latin and Arabic commas, semicolons and new lines all separate places. */
export function placesOf(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,،;\n]/)
    .map((place) => place.trim().replace(/\s+/g, ' '))
    .filter((place) => {
      const folded = place.toLocaleLowerCase();
      if (!place || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
}

/** Arabic-Indic and Persian digits (as Arabic and Dari keyboards type them) as 0–9. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

function isBlank(row: ExperienceRow): boolean {
  return [row.title, row.organisation, row.from, row.to, row.description].every(
    (value) => value.trim() === '',
  );
}

export interface ProfileSubmission {
  request: ProfileRequest;
  /** The browser's own checks; the request is only sent when there are none. */
  errors: FieldErrors;
  /** The row key of each job in `request.experience`, to place the server's messages. */
  rowKeys: number[];
}

/** The words for a rule of the contracts (`profileFieldProblems`), by the field it names. */
function profileMessage(problem: FieldRuleProblem): UiMessage {
  switch (problem.field) {
    case 'experience':
      return { key: 'profile.error.tooManyJobs', params: { max: PROFILE_LIMITS.experience } };
    case 'availableFrom':
      return { key: 'profile.error.date' };
    case 'hoursPerWeek':
      return { key: 'profile.error.hours', params: { min: JOB_HOURS_MIN, max: JOB_HOURS_MAX } };
    case 'preferredLocations':
      return { key: 'profile.error.tooManyPlaces', params: { max: PROFILE_LIMITS.locations } };
  }
  // The months of a job: the only patterns left.
  return problem.code === 'pattern' ? { key: 'profile.error.month' } : ruleMessage(problem);
}

/**
 * The request for a draft, and what is wrong with it: the contracts' rules, the API's own
 * (`profileFieldProblems`), and one the browser adds (a job cannot end before it starts). Text
 * is trimmed, empty optional fields become null, and a job left completely empty is dropped
 * rather than refused.
 */
export function submissionOf(draft: ProfileDraft): ProfileSubmission {
  const rows = draft.experience.filter((row) => !isBlank(row));
  const experience = rows.map((row) => ({
    title: row.title.trim(),
    organisation: row.organisation.trim(),
    from: row.from.trim(),
    to: row.to.trim() || null,
    description: row.description.trim(),
  }));
  const hoursText = westernDigits(draft.hoursPerWeek.trim());
  const hours = hoursText === '' ? null : Number(hoursText);
  const request: ProfileRequest = {
    headline: draft.headline.trim(),
    bio: draft.bio.trim(),
    experience,
    availableFrom: draft.availableFrom.trim() || null,
    hoursPerWeek: hours !== null && Number.isFinite(hours) ? hours : null,
    preferredLocations: placesOf(draft.places),
    remoteOk: draft.remoteOk,
    rightToWork: draft.rightToWork,
  };
  const rowKeys = rows.map((row) => row.key);
  const messages: FieldErrors = {};
  for (const problem of profileFieldProblems({ ...request, hoursPerWeek: hours })) {
    messages[problem.field] ??= profileMessage(problem);
  }
  const errors = placeServerErrors(messages, rowKeys);
  experience.forEach((job, i) => {
    if (job.to !== null && YEAR_MONTH_PATTERN.test(job.from) && job.to < job.from) {
      errors[experienceField(rowKeys[i], 'to')] ??= { key: 'profile.error.endBeforeStart' };
    }
  });
  return { request, errors, rowKeys };
}

/**
 * The API's field messages placed on the form: `experience.2.from` is the third job sent,
 * which is the row with `rowKeys[2]`; every problem with the places goes under the one field.
 */
export function placeServerErrors(fields: FieldErrors, rowKeys: readonly number[]): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const job = /^experience\.(\d+)\.(\w+)/.exec(path);
    let at = path;
    if (job) {
      const key = rowKeys[Number(job[1])];
      at = key === undefined ? 'experience' : experienceField(key, job[2] as ExperienceField);
    } else if (path.startsWith('preferredLocations')) {
      at = 'places';
    } else if (path.startsWith('experience')) {
      at = 'experience';
    }
    placed[at] ??= message;
  }
  return placed;
}

/** Whether the draft would save something other than `saved` (ignoring spaces and blank jobs). */
export function draftChanged(draft: ProfileDraft, saved: ProfileRequest): boolean {
  return (
    JSON.stringify(submissionOf(draft).request) !==
    JSON.stringify(submissionOf(draftOf(saved)).request)
  );
}
