import type { FormArray, FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  type ContractType,
  type CourseRequirement,
  type LanguageRequirement,
  type LanguageSkill,
  type RemoteOption,
} from '@passerelle/contracts';
import { problemsValidator } from '@passerelle/web-ui';

import { type JobDraft, newJobDraft, parseHours, validateJobDraft } from './job-draft';

/** A course row's weight, as its select says it. */
type CourseWeight = 'required' | 'preferred';

export type LanguageRowForm = FormGroup<{
  language: FormControl<string>;
  skill: FormControl<LanguageSkill>;
}>;
export type CourseRowForm = FormGroup<{
  courseId: FormControl<string>;
  required: FormControl<CourseWeight>;
}>;

/**
 * The job editor's form. Its value is a `JobDraft` as the controls hold it: hours as the
 * number input gives it (null when not a number), each area's level as its select's value
 * ('' for not required), a course's weight as 'required' or 'preferred'.
 */
export type JobForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  location: FormControl<string>;
  remote: FormControl<RemoteOption>;
  contractType: FormControl<ContractType>;
  hours: FormControl<number | null>;
  startDate: FormControl<string>;
  levels: FormGroup<Record<CompetenceArea, FormControl<string>>>;
  languages: FormArray<LanguageRowForm>;
  courses: FormArray<CourseRowForm>;
}>;

export type JobFormValue = ReturnType<JobForm['getRawValue']>;

/** The draft a form value stands for. */
export function draftOf(value: JobFormValue): JobDraft {
  const levels: JobDraft['levels'] = {};
  for (const area of COMPETENCE_AREAS) {
    if (value.levels[area] !== '') levels[area] = Number(value.levels[area]);
  }
  return {
    title: value.title,
    description: value.description,
    location: value.location,
    remote: value.remote,
    contractType: value.contractType,
    hours: value.hours === null ? '' : String(value.hours),
    startDate: value.startDate,
    levels,
    languages: value.languages.map((row) => ({ ...row })),
    courses: value.courses.map((row) => ({
      courseId: row.courseId,
      required: row.required === 'required',
    })),
  };
}

export function languageRow(fb: NonNullableFormBuilder, row: LanguageRequirement): LanguageRowForm {
  return fb.group({ language: row.language, skill: row.skill });
}

export function courseRow(fb: NonNullableFormBuilder, row: CourseRequirement): CourseRowForm {
  return fb.group({
    courseId: row.courseId,
    required: (row.required ? 'required' : 'preferred') as CourseWeight,
  });
}

/** A new job's form, checked as a whole with the API's rules (`validateJobDraft`). */
export function jobForm(fb: NonNullableFormBuilder): JobForm {
  const draft = newJobDraft();
  return fb.group(
    {
      title: draft.title,
      description: draft.description,
      location: draft.location,
      remote: fb.control(draft.remote),
      contractType: fb.control(draft.contractType),
      hours: fb.control<number | null>(parseHours(draft.hours)),
      startDate: draft.startDate,
      levels: fb.group(
        Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, fb.control('')])) as Record<
          CompetenceArea,
          FormControl<string>
        >,
      ),
      languages: fb.array<LanguageRowForm>([]),
      courses: fb.array<CourseRowForm>([]),
    },
    { validators: problemsValidator((value: JobFormValue) => validateJobDraft(draftOf(value))) },
  );
}

/** Puts `draft` in the form, rows included, in one change. */
export function showDraft(form: JobForm, fb: NonNullableFormBuilder, draft: JobDraft): void {
  const { languages, courses } = form.controls;
  languages.clear({ emitEvent: false });
  for (const row of draft.languages) languages.push(languageRow(fb, row), { emitEvent: false });
  courses.clear({ emitEvent: false });
  for (const row of draft.courses) courses.push(courseRow(fb, row), { emitEvent: false });
  const hours = parseHours(draft.hours);
  form.setValue({
    title: draft.title,
    description: draft.description,
    location: draft.location,
    remote: draft.remote,
    contractType: draft.contractType,
    hours: Number.isNaN(hours) ? null : hours,
    startDate: draft.startDate,
    levels: Object.fromEntries(
      COMPETENCE_AREAS.map((area) => [area, String(draft.levels[area] ?? '')]),
    ) as Record<CompetenceArea, string>,
    languages: draft.languages.map((row) => ({ ...row })),
    courses: draft.courses.map((row) => ({
      courseId: row.courseId,
      required: row.required ? 'required' : 'preferred',
    })),
  });
}
