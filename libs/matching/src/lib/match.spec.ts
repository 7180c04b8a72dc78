import type { CandidateEvidence, JobRequirements, LevelCheck } from '@passerelle/contracts';

import { matchCandidate, rankCandidates } from './match';

const COURSE_A = '0b6f3c1e-1a2b-4c3d-8e4f-000000000001';
const COURSE_B = '0b6f3c1e-1a2b-4c3d-8e4f-000000000002';
const COURSE_C = '0b6f3c1e-1a2b-4c3d-8e4f-000000000003';
const ASSESSED = '2025-03-14T10:00:00.000Z';
const COMPLETED = '2025-05-02T16:30:00.000Z';

function evidence(parts: Partial<CandidateEvidence> = {}): CandidateEvidence {
  return { levels: {}, languages: [], completedCourses: [], coursesInProgress: [], ...parts };
}

function requirements(parts: Partial<JobRequirements> = {}): JobRequirements {
  return { levels: {}, languages: [], courses: [], ...parts };
}

describe('matchCandidate: levels', () => {
  const job = requirements({ levels: { safety: 4 } });
  const withSafety = (level: number) =>
    matchCandidate(job, evidence({ levels: { safety: { level, assessedAt: ASSESSED } } }));

  it.each([
    [6, 'met'],
    [4, 'met'],
    [3, 'partly'],
    [2, 'missing'],
    [1, 'missing'],
  ])('level %i against a minimum of 4 is %s', (level, status) => {
    expect(withSafety(level).checks).toEqual([
      {
        kind: 'level',
        requirement: { area: 'safety', level: 4 },
        status,
        required: true,
        evidence: { level, assessedAt: ASSESSED },
      },
    ]);
  });

  it('counts no assessment in the area as missing, with no evidence', () => {
    const result = matchCandidate(
      requirements({ levels: { safety: 1 } }),
      evidence({ levels: { information: { level: 8, assessedAt: ASSESSED } } }),
    );
    expect(result.checks).toEqual([
      {
        kind: 'level',
        requirement: { area: 'safety', level: 1 },
        status: 'missing',
        required: true,
        evidence: null,
      },
    ]);
    expect(result.score).toBe(0);
  });

  it('checks coding readiness like any area', () => {
    const result = matchCandidate(
      requirements({ levels: { coding: 3 } }),
      evidence({ levels: { coding: { level: 2, assessedAt: ASSESSED } } }),
    );
    expect(result.checks[0]).toMatchObject({ requirement: { area: 'coding' }, status: 'partly' });
  });
});

describe('matchCandidate: languages', () => {
  const job = requirements({ languages: [{ language: 'fr', skill: 'conversational' }] });
  const declaring = (...languages: CandidateEvidence['languages']) =>
    matchCandidate(job, evidence({ languages })).checks[0];

  it.each([
    ['native', 'met'],
    ['fluent', 'met'],
    ['conversational', 'met'],
    ['basic', 'partly'],
  ] as const)('French declared at %s against conversational is %s', (skill, status) => {
    expect(declaring({ language: 'fr', skill })).toEqual({
      kind: 'language',
      requirement: { language: 'fr', skill: 'conversational' },
      status,
      required: true,
      evidence: { skill },
    });
  });

  it('counts a language not declared as missing, whatever else is spoken', () => {
    expect(
      declaring({ language: 'ar', skill: 'native' }, { language: 'en', skill: 'fluent' }),
    ).toEqual({
      kind: 'language',
      requirement: { language: 'fr', skill: 'conversational' },
      status: 'missing',
      required: true,
      evidence: null,
    });
  });

  it('takes the higher skill of a language declared twice', () => {
    const check = declaring(
      { language: 'fr', skill: 'fluent' },
      { language: 'fr', skill: 'basic' },
    );
    expect(check).toMatchObject({ status: 'met', evidence: { skill: 'fluent' } });
  });

  it('needs native for native', () => {
    const result = matchCandidate(
      requirements({ languages: [{ language: 'de', skill: 'native' }] }),
      evidence({ languages: [{ language: 'de', skill: 'fluent' }] }),
    );
    expect(result.checks[0].status).toBe('partly');
  });
});

describe('matchCandidate: courses', () => {
  const job = requirements({ courses: [{ courseId: COURSE_A, required: true }] });
  const check = (parts: Partial<CandidateEvidence>) =>
    matchCandidate(job, evidence(parts)).checks[0];

  it('counts a completed course as met, with its completion date', () => {
    expect(check({ completedCourses: [{ courseId: COURSE_A, completedAt: COMPLETED }] })).toEqual({
      kind: 'course',
      requirement: { courseId: COURSE_A, required: true },
      status: 'met',
      required: true,
      evidence: { completedAt: COMPLETED, percent: 100 },
    });
  });

  it.each([
    [99, 'partly'],
    [50, 'partly'],
    [49, 'missing'],
    [0, 'missing'],
  ])('counts a course under way at %i %% as %s, with its progress', (percent, status) => {
    expect(check({ coursesInProgress: [{ courseId: COURSE_A, percent }] })).toMatchObject({
      status,
      evidence: { completedAt: null, percent },
    });
  });

  it('counts a course not started as missing, with no evidence', () => {
    expect(
      check({
        completedCourses: [{ courseId: COURSE_B, completedAt: COMPLETED }],
        coursesInProgress: [{ courseId: COURSE_C, percent: 90 }],
      }),
    ).toMatchObject({ status: 'missing', evidence: null });
  });

  it('lets a completion win over progress on the same course', () => {
    expect(
      check({
        completedCourses: [{ courseId: COURSE_A, completedAt: COMPLETED }],
        coursesInProgress: [{ courseId: COURSE_A, percent: 10 }],
      }),
    ).toMatchObject({ status: 'met', evidence: { completedAt: COMPLETED, percent: 100 } });
  });

  it('marks a preferred course as not required', () => {
    const result = matchCandidate(
      requirements({ courses: [{ courseId: COURSE_A, required: false }] }),
      evidence(),
    );
    expect(result.checks[0]).toMatchObject({ required: false, status: 'missing' });
    expect(result.missingRequired).toBe(0);
  });
});

describe('matchCandidate: order of checks', () => {
  it('lists levels in area order, then languages and courses as listed', () => {
    const result = matchCandidate(
      {
        levels: { coding: 2, safety: 3, information: 1 },
        languages: [
          { language: 'fr', skill: 'basic' },
          { language: 'en', skill: 'basic' },
        ],
        courses: [
          { courseId: COURSE_B, required: false },
          { courseId: COURSE_A, required: true },
        ],
      },
      evidence(),
    );
    expect(
      result.checks.map((c) =>
        c.kind === 'level'
          ? c.requirement.area
          : c.kind === 'language'
            ? c.requirement.language
            : c.requirement.courseId,
      ),
    ).toEqual(['information', 'safety', 'coding', 'fr', 'en', COURSE_B, COURSE_A]);
  });
});

describe('matchCandidate: score', () => {
  const met = { level: 5, assessedAt: ASSESSED };
  const partly = { level: 4, assessedAt: ASSESSED };

  it('gives 100 to everyone for a job with no requirements', () => {
    expect(matchCandidate(requirements(), evidence())).toEqual({
      score: 100,
      checks: [],
      met: 0,
      partly: 0,
      missing: 0,
      missingRequired: 0,
    });
  });

  it('weighs a preferred course half: 2 required met + 1 preferred missing = 80', () => {
    const result = matchCandidate(
      requirements({
        levels: { information: 5, safety: 5 },
        courses: [{ courseId: COURSE_A, required: false }],
      }),
      evidence({ levels: { information: met, safety: met } }),
    );
    expect(result).toMatchObject({ score: 80, met: 2, partly: 0, missing: 1, missingRequired: 0 });
  });

  it('weighs a required course fully: 2 required met + 1 required missing = 67', () => {
    const result = matchCandidate(
      requirements({
        levels: { information: 5, safety: 5 },
        courses: [{ courseId: COURSE_A, required: true }],
      }),
      evidence({ levels: { information: met, safety: met } }),
    );
    expect(result).toMatchObject({ score: 67, missing: 1, missingRequired: 1 });
  });

  it('credits partly half: met + partly + missing, all required = 50', () => {
    const result = matchCandidate(
      requirements({ levels: { information: 5, safety: 5, coding: 5 } }),
      evidence({ levels: { information: met, safety: partly } }),
    );
    expect(result).toMatchObject({ score: 50, met: 1, partly: 1, missing: 1, missingRequired: 1 });
  });

  it('mixes both: required partly + preferred met = round(100 × 1 / 1.5) = 67', () => {
    const result = matchCandidate(
      requirements({ levels: { safety: 5 }, courses: [{ courseId: COURSE_A, required: false }] }),
      evidence({
        levels: { safety: partly },
        completedCourses: [{ courseId: COURSE_A, completedAt: COMPLETED }],
      }),
    );
    expect(result.score).toBe(67);
  });

  it('rounds halves up: preferred partly alone among weights 2 = 12.5 → 13', () => {
    const result = matchCandidate(
      requirements({
        levels: { safety: 5 },
        courses: [
          { courseId: COURSE_A, required: false },
          { courseId: COURSE_B, required: false },
        ],
      }),
      evidence({ coursesInProgress: [{ courseId: COURSE_A, percent: 60 }] }),
    );
    expect(result).toMatchObject({ score: 13, met: 0, partly: 1, missing: 2, missingRequired: 1 });
  });

  it('scores 100 when everything is met and 0 when nothing is', () => {
    const job = requirements({
      levels: { information: 5 },
      languages: [{ language: 'fr', skill: 'fluent' }],
      courses: [{ courseId: COURSE_A, required: false }],
    });
    const all = evidence({
      levels: { information: met },
      languages: [{ language: 'fr', skill: 'native' }],
      completedCourses: [{ courseId: COURSE_A, completedAt: COMPLETED }],
    });
    expect(matchCandidate(job, all)).toMatchObject({ score: 100, met: 3, missing: 0 });
    expect(matchCandidate(job, evidence())).toMatchObject({ score: 0, met: 0, missing: 3 });
  });

  it('scores only preferred courses on their own: partly alone = 50', () => {
    const result = matchCandidate(
      requirements({ courses: [{ courseId: COURSE_A, required: false }] }),
      evidence({ coursesInProgress: [{ courseId: COURSE_A, percent: 75 }] }),
    );
    expect(result.score).toBe(50);
  });

  it('ignores a level for an area it does not know', () => {
    const job = { ...requirements(), levels: { typing: 3 } } as unknown as JobRequirements;
    expect(matchCandidate(job, evidence())).toMatchObject({ score: 100, checks: [] });
  });

  it('does not change its inputs and gives the same result twice', () => {
    const job = requirements({
      levels: { safety: 3 },
      courses: [{ courseId: COURSE_A, required: true }],
    });
    const safety = { level: 3, assessedAt: ASSESSED };
    const candidate = evidence({ levels: { safety } });
    const before = JSON.stringify([job, candidate]);
    const first = matchCandidate(job, candidate);
    expect(matchCandidate(job, candidate)).toEqual(first);
    expect(JSON.stringify([job, candidate])).toBe(before);
    // The evidence in a check is a copy: editing it cannot reach the candidate's record.
    const copied = (first.checks[0] as LevelCheck).evidence;
    expect(copied).toEqual(safety);
    expect(copied).not.toBe(safety);
  });
});

describe('rankCandidates', () => {
  const levels = (information?: number, safety?: number): CandidateEvidence['levels'] => ({
    ...(information === undefined
      ? {}
      : { information: { level: information, assessedAt: ASSESSED } }),
    ...(safety === undefined ? {} : { safety: { level: safety, assessedAt: ASSESSED } }),
  });

  it('puts higher scores first and keeps each candidate whole', () => {
    const job = requirements({ levels: { information: 4 } });
    const ranked = rankCandidates(job, [
      { id: 'a', name: 'Amal', evidence: evidence({ levels: levels(2) }) },
      { id: 'b', name: 'Bashir', evidence: evidence({ levels: levels(4) }) },
      { id: 'c', name: 'Chloé', evidence: evidence({ levels: levels(3) }) },
    ]);
    expect(ranked.map((c) => [c.id, c.name, c.match.score])).toEqual([
      ['b', 'Bashir', 100],
      ['c', 'Chloé', 50],
      ['a', 'Amal', 0],
    ]);
  });

  it('breaks an equal score by fewer missing required requirements, before more met', () => {
    // Both score round(100 × 1 / 2.5) = 40: "z" is partly on both levels (0 met, 0 missing
    // required), "a" meets one level and misses the other (1 met, 1 missing required).
    const job = requirements({
      levels: { information: 4, safety: 4 },
      courses: [{ courseId: COURSE_A, required: false }],
    });
    const ranked = rankCandidates(job, [
      { id: 'a', evidence: evidence({ levels: levels(4, 1) }) },
      { id: 'z', evidence: evidence({ levels: levels(3, 3) }) },
    ]);
    expect(ranked.map((c) => [c.id, c.match.score, c.match.met, c.match.missingRequired])).toEqual([
      ['z', 40, 0, 0],
      ['a', 40, 1, 1],
    ]);
  });

  it('breaks an equal score and equal missing required by more met', () => {
    // Both score 50 with nothing required missing: "b" meets the level and misses both preferred
    // courses (1 + 0 + 0), "a" is partly on all three (0.5 + 0.25 + 0.25).
    const job = requirements({
      levels: { information: 4 },
      courses: [
        { courseId: COURSE_A, required: false },
        { courseId: COURSE_B, required: false },
      ],
    });
    const ranked = rankCandidates(job, [
      {
        id: 'a',
        evidence: evidence({
          levels: levels(3),
          coursesInProgress: [
            { courseId: COURSE_A, percent: 50 },
            { courseId: COURSE_B, percent: 80 },
          ],
        }),
      },
      { id: 'b', evidence: evidence({ levels: levels(4) }) },
    ]);
    expect(ranked.map((c) => [c.id, c.match.score, c.match.met, c.match.missingRequired])).toEqual([
      ['b', 50, 1, 0],
      ['a', 50, 0, 0],
    ]);
  });

  it('breaks a full tie by id, in code-unit order', () => {
    const job = requirements({ levels: { safety: 2 } });
    const same = () => evidence({ levels: levels(undefined, 2) });
    const ranked = rankCandidates(job, [
      { id: 'b', evidence: same() },
      { id: 'a', evidence: same() },
      { id: 'Z', evidence: same() },
      { id: '10', evidence: same() },
      { id: '9', evidence: same() },
    ]);
    // Not locale order ("9", "10", "a", "b", "Z"): the same on every machine.
    expect(ranked.map((c) => c.id)).toEqual(['10', '9', 'Z', 'a', 'b']);
  });

  it('gives the same order whatever the input order, without changing the input', () => {
    const job = requirements({
      levels: { information: 4, safety: 3 },
      languages: [{ language: 'fr', skill: 'conversational' }],
      courses: [{ courseId: COURSE_A, required: false }],
    });
    const candidates = [
      { id: 'c1', evidence: evidence({ levels: levels(4, 3) }) },
      {
        id: 'c2',
        evidence: evidence({
          levels: levels(3, 3),
          languages: [{ language: 'fr', skill: 'basic' }],
        }),
      },
      { id: 'c3', evidence: evidence({ levels: levels(4, 3) }) },
      {
        id: 'c4',
        evidence: evidence({
          levels: levels(5, 5),
          languages: [{ language: 'fr', skill: 'fluent' }],
          completedCourses: [{ courseId: COURSE_A, completedAt: COMPLETED }],
        }),
      },
      { id: 'c5', evidence: evidence() },
    ];
    // c4 scores 100; c2, c1 and c3 all score round(100 × 2 / 3.5) = 57, c2 missing nothing
    // required, c1 and c3 missing French (tied further, so by id); c5 scores 0.
    const expected = ['c4', 'c2', 'c1', 'c3', 'c5'];
    const snapshot = JSON.stringify(candidates);
    for (const order of [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
    ]) {
      const given = order.map((i) => candidates[i]);
      expect(rankCandidates(job, given).map((c) => c.id)).toEqual(expected);
    }
    expect(JSON.stringify(candidates)).toBe(snapshot);
    expect(candidates[0]).not.toHaveProperty('match');
  });

  it('ranks nobody when there is nobody', () => {
    expect(rankCandidates(requirements(), [])).toEqual([]);
  });
});
