import { JOB_REQUIREMENT_LIMITS, mayChangeJobStatus, requirementsProblems } from './jobs';
import { mayMoveStage } from './pipeline';

const COURSE_A = '0b6f3c1e-1a2b-4c3d-8e4f-000000000001';
const COURSE_B = '0b6f3c1e-1a2b-4c3d-8e4f-000000000002';

const valid = () => ({
  levels: { information: 3, safety: 1, coding: 8 } as Record<string, unknown>,
  languages: [
    { language: 'fr', skill: 'conversational' },
    { language: 'prs', skill: 'native' },
  ] as unknown[],
  courses: [
    { courseId: COURSE_A, required: true },
    { courseId: COURSE_B, required: false },
  ] as unknown[],
});

/** The problems as `field code`, which is what the API answers and the console translates. */
const problemsOf = (value: unknown) =>
  requirementsProblems(value).map((p) => `${p.field} ${p.code}`);

describe('requirementsProblems', () => {
  it('accepts valid requirements, boundaries included', () => {
    expect(requirementsProblems(valid())).toEqual([]);
  });

  it('accepts a job that asks for nothing', () => {
    expect(requirementsProblems({ levels: {}, languages: [], courses: [] })).toEqual([]);
  });

  it('gives every problem a message', () => {
    const problems = requirementsProblems({ levels: { coding: 9 }, languages: [], courses: [] });
    expect(problems).toEqual([
      { field: 'levels.coding', code: 'levelOutOfRange', message: expect.stringMatching(/1 to 8/) },
    ]);
  });

  it.each([
    [0, 'levelOutOfRange'],
    [9, 'levelOutOfRange'],
    [2.5, 'levelOutOfRange'],
    [Number.NaN, 'levelOutOfRange'],
    ['3', 'invalidType'],
    [null, 'invalidType'],
  ])('rejects the level %p (%s)', (level, code) => {
    const req = valid();
    req.levels['safety'] = level;
    expect(problemsOf(req)).toEqual([`levels.safety ${code}`]);
  });

  it('rejects an unknown area, whatever its level', () => {
    const req = valid();
    req.levels['typing'] = 3;
    req.levels['Safety'] = 9;
    expect(problemsOf(req)).toEqual(['levels.typing unknownArea', 'levels.Safety unknownArea']);
  });

  it.each(['FR', 'french', 'f', 'fr-FR', '', 42])('rejects the language code %p', (language) => {
    const req = valid();
    req.languages[1] = { language, skill: 'basic' };
    expect(problemsOf(req)).toEqual(['languages.1.language invalidLanguageCode']);
  });

  it.each(['expert', 'Fluent', undefined])('rejects the language skill %p', (skill) => {
    const req = valid();
    req.languages[0] = { language: 'fr', skill };
    expect(problemsOf(req)).toEqual(['languages.0.skill unknownLanguageSkill']);
  });

  it('rejects a language listed twice, at the second listing', () => {
    const req = valid();
    req.languages.push({ language: 'fr', skill: 'native' });
    expect(problemsOf(req)).toEqual(['languages.2.language duplicate']);
  });

  it('rejects a course listed twice, whatever the case of its id', () => {
    const req = valid();
    req.courses.push({ courseId: COURSE_A.toUpperCase(), required: false });
    expect(problemsOf(req)).toEqual(['courses.2.courseId duplicate']);
  });

  it.each(['course-1', '', 7, '0b6f3c1e-1a2b-4c3d-8e4f-00000000000'])(
    'rejects the course id %p',
    (courseId) => {
      const req = valid();
      req.courses[0] = { courseId, required: true };
      expect(problemsOf(req)).toEqual(['courses.0.courseId invalidCourseId']);
    },
  );

  it('rejects a course that does not say whether it is required', () => {
    const req = valid();
    req.courses[1] = { courseId: COURSE_B, required: 'yes' };
    expect(problemsOf(req)).toEqual(['courses.1.required invalidType']);
  });

  it('rejects more languages and courses than allowed', () => {
    const { languagesMax, coursesMax } = JOB_REQUIREMENT_LIMITS;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const req = {
      levels: {},
      languages: Array.from({ length: languagesMax + 1 }, (_, i) => ({
        language: `a${letters[i]}`,
        skill: 'basic',
      })),
      courses: Array.from({ length: coursesMax + 1 }, (_, i) => ({
        courseId: `0b6f3c1e-1a2b-4c3d-8e4f-${String(i).padStart(12, '0')}`,
        required: false,
      })),
    };
    expect(problemsOf(req)).toEqual(['languages tooMany', 'courses tooMany']);
    req.languages.pop();
    req.courses.pop();
    expect(problemsOf(req)).toEqual([]);
  });

  it.each([null, undefined, 'levels', [], 3])('rejects requirements that are %p', (value) => {
    expect(problemsOf(value)).toEqual(['requirements invalidType']);
  });

  it('rejects parts of the wrong shape', () => {
    expect(problemsOf({ levels: [3], languages: {}, courses: 'all' })).toEqual([
      'levels invalidType',
      'languages invalidType',
      'courses invalidType',
    ]);
    expect(problemsOf({})).toEqual([
      'levels invalidType',
      'languages invalidType',
      'courses invalidType',
    ]);
    expect(problemsOf({ levels: {}, languages: ['fr'], courses: [null] })).toEqual([
      'languages.0 invalidType',
      'courses.0 invalidType',
    ]);
  });

  it('reports every problem at once, in field order', () => {
    expect(
      problemsOf({
        levels: { information: 9, typing: 2 },
        languages: [
          { language: 'EN', skill: 'perfect' },
          { language: 'ar', skill: 'basic' },
          { language: 'ar', skill: 'fluent' },
        ],
        courses: [{ courseId: 'x', required: true }],
      }),
    ).toEqual([
      'levels.information levelOutOfRange',
      'levels.typing unknownArea',
      'languages.0.language invalidLanguageCode',
      'languages.0.skill unknownLanguageSkill',
      'languages.2.language duplicate',
      'courses.0.courseId invalidCourseId',
    ]);
  });
});

describe('mayChangeJobStatus', () => {
  it('opens drafts, closes open jobs and reopens closed ones, never back to draft', () => {
    expect(mayChangeJobStatus('draft', 'open')).toBe(true);
    expect(mayChangeJobStatus('open', 'closed')).toBe(true);
    expect(mayChangeJobStatus('closed', 'open')).toBe(true);
    expect(mayChangeJobStatus('open', 'draft')).toBe(false);
    expect(mayChangeJobStatus('closed', 'draft')).toBe(false);
    expect(mayChangeJobStatus('draft', 'closed')).toBe(false);
    expect(mayChangeJobStatus('open', 'open')).toBe(false);
  });
});

describe('mayMoveStage', () => {
  it('moves forward one step at a time, or to rejected; hired and rejected are final', () => {
    expect(mayMoveStage('suggested', 'shortlisted')).toBe(true);
    expect(mayMoveStage('shortlisted', 'invited')).toBe(true);
    expect(mayMoveStage('offered', 'hired')).toBe(true);
    expect(mayMoveStage('invited', 'rejected')).toBe(true);
    expect(mayMoveStage('suggested', 'invited')).toBe(false);
    expect(mayMoveStage('interviewed', 'shortlisted')).toBe(false);
    expect(mayMoveStage('hired', 'rejected')).toBe(false);
    expect(mayMoveStage('rejected', 'shortlisted')).toBe(false);
    expect(mayMoveStage('shortlisted', 'shortlisted')).toBe(false);
  });
});
