import { HttpErrorResponse } from '@angular/common/http';
import { type JobView, type ProblemDetails, ProblemType } from '@passerelle/contracts';

import {
  changedFields,
  hasProblemUnder,
  jobDraft,
  jobFieldMessages,
  jobRequest,
  newJobDraft,
  requirementMessage,
  validateJobDraft,
} from './job-draft';

const COURSE = '0b5c2a57-4c1e-4f57-9d8a-2a4c8e3f1b11';

const JOB: JobView = {
  id: 'j1',
  organisation: { id: 'o1', name: 'Atelier Numérique Lyon' },
  status: 'open',
  title: 'Junior web developer',
  description: 'Build web pages.',
  location: 'Lyon',
  remote: 'hybrid',
  contractType: 'apprenticeship',
  hoursPerWeek: 35,
  startDate: '2027-01-04',
  // Stored in any key order: the editor reads them in area order.
  requirements: {
    levels: { coding: 3, 'problem-solving': 3 },
    languages: [{ language: 'fr', skill: 'conversational' }],
    courses: [{ courseId: COURSE, required: true }],
  },
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  openedAt: '2026-11-02T10:00:00Z',
};

function problem(body: Partial<ProblemDetails>): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 400,
    error: { type: ProblemType.Validation, title: 'x', status: 400, ...body },
  });
}

describe('the job form and the API request', () => {
  it('starts a new job on site, permanent, 35 hours, with no requirements', () => {
    expect(jobRequest(newJobDraft())).toEqual({
      title: '',
      description: '',
      location: '',
      remote: 'on-site',
      contractType: 'permanent',
      hoursPerWeek: 35,
      startDate: null,
      requirements: { levels: {}, languages: [], courses: [] },
    });
  });

  it('sends a saved job back exactly as it came, levels in area order', () => {
    const request = jobRequest(jobDraft(JOB));
    const {
      id: _id,
      organisation: _o,
      status: _s,
      createdAt: _c,
      updatedAt: _u,
      openedAt: _p,
      ...asSent
    } = JOB;
    expect(request).toEqual(asSent);
    expect(Object.keys(request.requirements.levels)).toEqual(['problem-solving', 'coding']);
  });

  it('trims texts, reads hours as a number and sends no start date as null', () => {
    const draft = {
      ...jobDraft(JOB),
      title: '  Web developer ',
      location: ' Lyon\n',
      hours: ' 24 ',
      startDate: '',
    };
    expect(jobRequest(draft)).toMatchObject({
      title: 'Web developer',
      location: 'Lyon',
      hoursPerWeek: 24,
      startDate: null,
    });
  });

  it('patches only what changed', () => {
    const before = jobRequest(jobDraft(JOB));
    const after = jobRequest({ ...jobDraft(JOB), hours: '30', levels: { coding: 4 } });
    expect(changedFields(before, after)).toEqual({
      hoursPerWeek: 30,
      requirements: { ...before.requirements, levels: { coding: 4 } },
    });
    expect(changedFields(before, before)).toEqual({});
  });
});

describe('checking a job before saving', () => {
  it('accepts a complete job', () => {
    expect(validateJobDraft(jobDraft(JOB))).toEqual({});
  });

  it('asks for a title, a place and whole hours within the limits', () => {
    const draft = { ...newJobDraft(), title: '  ', hours: '60' };
    expect(validateJobDraft(draft)).toEqual({
      title: { key: 'errors.field.required' },
      location: { key: 'errors.field.required' },
      hoursPerWeek: { key: 'jobs.errors.hours', params: { min: 1, max: 48 } },
    });
    const fractional = { ...jobDraft(JOB), hours: '7.5' };
    expect(Object.keys(validateJobDraft(fractional))).toEqual(['hoursPerWeek']);
    expect(Object.keys(validateJobDraft({ ...jobDraft(JOB), hours: '' }))).toEqual([
      'hoursPerWeek',
    ]);
  });

  it('names each incomplete or repeated requirement row by the path the API uses', () => {
    const draft = {
      ...jobDraft(JOB),
      languages: [
        { language: 'fr' as const, skill: 'fluent' as const },
        { language: '', skill: 'basic' as const },
        { language: 'fr', skill: 'basic' as const },
      ],
      courses: [
        { courseId: COURSE, required: true },
        { courseId: '', required: false },
        { courseId: COURSE, required: false },
      ],
    };
    expect(validateJobDraft(draft)).toEqual({
      'requirements.languages.1.language': { key: 'jobs.errors.language' },
      'requirements.languages.2.language': { key: 'jobs.errors.languageTwice' },
      'requirements.courses.1.courseId': { key: 'jobs.errors.course' },
      'requirements.courses.2.courseId': { key: 'jobs.errors.courseTwice' },
    });
  });

  it('rejects a level outside 1–8, as the API does', () => {
    const draft = { ...jobDraft(JOB), levels: { coding: 9 } };
    expect(validateJobDraft(draft)).toEqual({
      'requirements.levels.coding': { key: 'jobs.errors.level', params: { min: 1, max: 8 } },
    });
  });

  it('tells whether a row holds a problem', () => {
    const problems = {
      'requirements.languages.1.language': { key: 'jobs.errors.language' as const },
    };
    expect(hasProblemUnder(problems, 'requirements.languages.1')).toBe(true);
    expect(hasProblemUnder(problems, 'requirements.languages.0')).toBe(false);
    expect(hasProblemUnder(problems, 'requirements.languages')).toBe(true);
  });
});

describe('what the API answers', () => {
  it('words requirement problems as the browser does, by the same path', () => {
    const error = problem({
      errors: [
        { field: 'requirements.levels.coding', code: 'levelOutOfRange', message: 'x' },
        { field: 'requirements.courses.0.courseId', code: 'unknownCourse', message: 'x' },
        { field: 'requirements.languages', code: 'tooMany', message: 'x' },
        { field: 'hoursPerWeek', code: 'max', message: 'hoursPerWeek must not be greater than 48' },
        { field: 'title', code: 'isLength', message: 'title must be shorter' },
      ],
    });
    expect(jobFieldMessages(error)).toEqual({
      'requirements.levels.coding': { key: 'jobs.errors.level', params: { min: 1, max: 8 } },
      'requirements.courses.0.courseId': { key: 'jobs.errors.unknownCourse' },
      'requirements.languages': { key: 'jobs.errors.tooManyLanguages', params: { max: 10 } },
      hoursPerWeek: { key: 'jobs.errors.hours', params: { min: 1, max: 48 } },
    });
    expect(jobFieldMessages(new Error('offline'))).toEqual({});
  });

  it('tells a repeated course from a repeated language', () => {
    expect(requirementMessage({ field: 'courses.1.courseId', code: 'duplicate' })).toEqual({
      key: 'jobs.errors.courseTwice',
    });
    expect(requirementMessage({ field: 'courses', code: 'tooMany' })).toEqual({
      key: 'jobs.errors.tooManyCourses',
      params: { max: 20 },
    });
    expect(requirementMessage({ field: 'levels', code: 'invalidType' })).toEqual({
      key: 'errors.field.invalid',
    });
  });
});
