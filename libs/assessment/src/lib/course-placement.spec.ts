import { inUnderstoodLanguage, type PlaceableCourse, recommendCourses } from './course-placement';

const course = (id: string, levels: PlaceableCourse['levels']): PlaceableCourse => ({ id, levels });

describe('placement', () => {
  const learner = { information: 2, communication: 3, safety: 2, coding: 1, 'problem-solving': 2 };

  it('recommends courses whose entry is met and whose target is above, ranked by the gap', () => {
    const courses = [
      course('digital-basics', {
        information: { entry: 1, target: 3 },
        communication: { entry: 1, target: 3 },
        safety: { entry: 1, target: 3 },
      }),
      course('javascript', {
        coding: { entry: 1, target: 3 },
        'problem-solving': { entry: 2, target: 3 },
      }),
      course('safety-plus', { safety: { entry: 2, target: 5 } }),
      course('too-hard', { coding: { entry: 3, target: 5 } }),
      course('nothing-new', { communication: { entry: 1, target: 3 } }),
      course('no-levels', {}),
    ];
    const recommended = recommendCourses(learner, courses);
    expect(recommended.map((r) => [r.course.id, r.gap])).toEqual([
      ['javascript', 3],
      ['safety-plus', 3],
      ['digital-basics', 2],
    ]);
    expect(recommended[0].reasons).toEqual([
      { area: 'coding', learnerLevel: 1, courseEntry: 1, courseTarget: 3 },
      { area: 'problem-solving', learnerLevel: 2, courseEntry: 2, courseTarget: 3 },
    ]);
    // Areas where the course brings nothing new give no reason.
    expect(recommended[2].reasons.map((r) => r.area)).toEqual(['information', 'safety']);
  });

  it('keeps the given order for equal gaps', () => {
    const courses = [
      course('b', { safety: { entry: 1, target: 3 } }),
      course('a', { information: { entry: 1, target: 3 } }),
    ];
    expect(recommendCourses(learner, courses).map((r) => r.course.id)).toEqual(['b', 'a']);
  });

  it('requires the entry in every area the course declares', () => {
    const courses = [
      course('mixed', { safety: { entry: 1, target: 4 }, coding: { entry: 2, target: 4 } }),
    ];
    expect(recommendCourses(learner, courses)).toEqual([]);
    expect(recommendCourses({ ...learner, coding: 2 }, courses)[0].gap).toBe(4);
  });

  it('meets only a lowest-level entry in an area the learner has no level for', () => {
    const courses = [
      course('open', { coding: { entry: 1, target: 3 }, safety: { entry: 1, target: 3 } }),
      course('gated', { coding: { entry: 2, target: 3 }, safety: { entry: 1, target: 3 } }),
    ];
    const recommended = recommendCourses({ safety: 1 }, courses);
    expect(recommended.map((r) => r.course.id)).toEqual(['open']);
    expect(recommended[0]).toMatchObject({
      gap: 2,
      reasons: [{ area: 'safety', learnerLevel: 1, courseEntry: 1, courseTarget: 3 }],
    });
  });
});

describe('inUnderstoodLanguage', () => {
  const courses = [
    { id: 'fr-only', languages: ['fr'] },
    { id: 'en-ar', languages: ['en', 'ar'] },
    { id: 'none', languages: [] },
  ];

  it('keeps the courses written in a language the learner understands', () => {
    expect(inUnderstoodLanguage(courses, ['ar', 'ti']).map((c) => c.id)).toEqual(['en-ar']);
    expect(inUnderstoodLanguage(courses, ['fr', 'en']).map((c) => c.id)).toEqual([
      'fr-only',
      'en-ar',
    ]);
    expect(inUnderstoodLanguage(courses, ['ps'])).toEqual([]);
  });
});
