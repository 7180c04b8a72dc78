import {
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  PROFILE_LIMITS,
  type ProfileRequest,
  type RightToWork,
  YEAR_MONTH_PATTERN,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';

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

const required: UiMessage = { key: 'errors.field.required' };
const tooLong = (max: number): UiMessage => ({ key: 'errors.field.maxLength', params: { max } });
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface ProfileSubmission {
  request: ProfileRequest;
  /** The browser's own checks; the request is only sent when there are none. */
  errors: FieldErrors;
  /** The row key of each job in `request.experience`, to place the server's messages. */
  rowKeys: number[];
}

/**
 * The request for a draft, and what is wrong with it. Text is trimmed, empty optional fields
 * become null, and a job left completely empty is dropped rather than refused.
 */
export function submissionOf(draft: ProfileDraft): ProfileSubmission {
  const errors: FieldErrors = {};
  const headline = draft.headline.trim();
  const bio = draft.bio.trim();
  if (headline.length > PROFILE_LIMITS.headline)
    errors['headline'] = tooLong(PROFILE_LIMITS.headline);
  if (bio.length > PROFILE_LIMITS.bio) errors['bio'] = tooLong(PROFILE_LIMITS.bio);

  const rows = draft.experience.filter((row) => !isBlank(row));
  const experience = rows.map((row) => {
    const job = {
      title: row.title.trim(),
      organisation: row.organisation.trim(),
      from: row.from.trim(),
      to: row.to.trim() || null,
      description: row.description.trim(),
    };
    const at = (field: ExperienceField) => experienceField(row.key, field);
    if (!job.title) errors[at('title')] = required;
    else if (job.title.length > PROFILE_LIMITS.experienceText) {
      errors[at('title')] = tooLong(PROFILE_LIMITS.experienceText);
    }
    if (job.organisation.length > PROFILE_LIMITS.experienceText) {
      errors[at('organisation')] = tooLong(PROFILE_LIMITS.experienceText);
    }
    if (!job.from) errors[at('from')] = required;
    else if (!YEAR_MONTH_PATTERN.test(job.from))
      errors[at('from')] = { key: 'profile.error.month' };
    if (job.to !== null && !YEAR_MONTH_PATTERN.test(job.to)) {
      errors[at('to')] = { key: 'profile.error.month' };
    } else if (job.to !== null && YEAR_MONTH_PATTERN.test(job.from) && job.to < job.from) {
      errors[at('to')] = { key: 'profile.error.endBeforeStart' };
    }
    if (job.description.length > PROFILE_LIMITS.experienceDescription) {
      errors[at('description')] = tooLong(PROFILE_LIMITS.experienceDescription);
    }
    return job;
  });
  if (experience.length > PROFILE_LIMITS.experience) {
    errors['experience'] = {
      key: 'profile.error.tooManyJobs',
      params: { max: PROFILE_LIMITS.experience },
    };
  }

  const availableFrom = draft.availableFrom.trim() || null;
  if (availableFrom !== null && !DATE_PATTERN.test(availableFrom)) {
    errors['availableFrom'] = { key: 'profile.error.date' };
  }

  const hoursText = westernDigits(draft.hoursPerWeek.trim());
  const hours = hoursText === '' ? null : Number(hoursText);
  if (
    hours !== null &&
    !(Number.isInteger(hours) && hours >= JOB_HOURS_MIN && hours <= JOB_HOURS_MAX)
  ) {
    errors['hoursPerWeek'] = {
      key: 'profile.error.hours',
      params: { min: JOB_HOURS_MIN, max: JOB_HOURS_MAX },
    };
  }

  const preferredLocations = placesOf(draft.places);
  if (preferredLocations.length > PROFILE_LIMITS.locations) {
    errors['places'] = {
      key: 'profile.error.tooManyPlaces',
      params: { max: PROFILE_LIMITS.locations },
    };
  } else if (preferredLocations.some((place) => place.length > PROFILE_LIMITS.location)) {
    errors['places'] = tooLong(PROFILE_LIMITS.location);
  }

  return {
    request: {
      headline,
      bio,
      experience,
      availableFrom,
      hoursPerWeek: hours !== null && Number.isFinite(hours) ? hours : null,
      preferredLocations,
      remoteOk: draft.remoteOk,
      rightToWork: draft.rightToWork,
    },
    errors,
    rowKeys: rows.map((row) => row.key),
  };
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
