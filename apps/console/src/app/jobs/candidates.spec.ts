import type { CandidateMatch, RequirementCheck } from '@passerelle/contracts';
import { FALLBACK_CATALOG as en, translate } from '@passerelle/i18n';

import {
  activeFilterCount,
  candidateQuery,
  candidatesCsv,
  checkText,
  type CheckWords,
  filtersFromQuery,
  formatYearMonth,
  NO_FILTERS,
  ranked,
  requirementLabel,
} from './candidates';

const COURSE = '0b5c2a57-4c1e-4f57-9d8a-2a4c8e3f1b11';

/** The English words, with fixed dates and names, so that the sentences can be read here. */
const WORDS: CheckWords = {
  t: (key, params) => translate(en, key, params),
  date: (iso) =>
    new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
  language: (code) => ({ fr: 'French', ar: 'Arabic' })[code] ?? code,
  course: (id) =>
    id === COURSE ? 'JavaScript foundations' : 'A course that is no longer published',
};

const LEVEL_MET: RequirementCheck = {
  kind: 'level',
  status: 'met',
  required: true,
  requirement: { area: 'coding', level: 3 },
  evidence: { level: 4, assessedAt: '2026-11-24T09:00:00Z' },
};

describe('candidate filters', () => {
  it('sends only the filters that are set, trimmed', () => {
    expect(candidateQuery(NO_FILTERS)).toEqual({});
    expect(
      candidateQuery({
        ...NO_FILTERS,
        language: 'fr',
        location: '  Lyon ',
        availableBy: '2027-01-31',
        courseId: COURSE,
      }),
    ).toEqual({ language: 'fr', location: 'Lyon', availableBy: '2027-01-31', courseId: COURSE });
  });

  it('sends an area with its level, and an area alone as level 1', () => {
    expect(candidateQuery({ ...NO_FILTERS, area: 'coding', level: '4' })).toEqual({
      area: 'coding',
      level: '4',
    });
    expect(candidateQuery({ ...NO_FILTERS, area: 'coding' })).toEqual({
      area: 'coding',
      level: '1',
    });
    // A level without an area, or an area the API does not know, filters nothing.
    expect(candidateQuery({ ...NO_FILTERS, level: '4' })).toEqual({});
    expect(candidateQuery({ ...NO_FILTERS, area: 'cooking', level: '4' })).toEqual({});
    expect(candidateQuery({ ...NO_FILTERS, area: 'safety', level: '12' })).toEqual({
      area: 'safety',
      level: '1',
    });
  });

  it('reads the form back from the address, and counts an area and level as one filter', () => {
    const filters = filtersFromQuery({ area: 'coding', level: '3', language: 'ar', courseId: 7 });
    expect(filters).toEqual({ ...NO_FILTERS, area: 'coding', level: '3', language: 'ar' });
    expect(activeFilterCount(filters)).toBe(2);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });
});

describe('requirement checks in words', () => {
  it('says the level, when it was assessed, against the minimum', () => {
    expect(checkText(LEVEL_MET, WORDS)).toBe('Coding: level 4 (assessed 24 Nov 2026) ≥ 3 — met');
    expect(
      checkText(
        {
          ...LEVEL_MET,
          status: 'partly',
          evidence: { level: 2, assessedAt: '2026-11-24T09:00:00Z' },
        },
        WORDS,
      ),
    ).toBe('Coding: level 2 (assessed 24 Nov 2026) < 3 — partly');
    expect(checkText({ ...LEVEL_MET, status: 'missing', evidence: null }, WORDS)).toBe(
      'Coding: not assessed, level 3 needed — missing',
    );
  });

  it('says the language as declared against the skill needed', () => {
    const check: RequirementCheck = {
      kind: 'language',
      status: 'partly',
      required: true,
      requirement: { language: 'fr', skill: 'fluent' },
      evidence: { skill: 'conversational' },
    };
    expect(checkText(check, WORDS)).toBe('French: conversational (declared) < fluent — partly');
    expect(checkText({ ...check, status: 'met', evidence: { skill: 'native' } }, WORDS)).toBe(
      'French: first language (declared) ≥ fluent — met',
    );
    expect(checkText({ ...check, status: 'missing', evidence: null }, WORDS)).toBe(
      'French: not declared, fluent needed — missing',
    );
  });

  it('says whether a course is done, under way or not started, and whether it is required', () => {
    const check: RequirementCheck = {
      kind: 'course',
      status: 'met',
      required: true,
      requirement: { courseId: COURSE, required: true },
      evidence: { completedAt: '2026-10-02T12:00:00Z', percent: 100 },
    };
    expect(checkText(check, WORDS)).toBe(
      'JavaScript foundations (required): completed 2 Oct 2026 — met',
    );
    expect(
      checkText(
        {
          ...check,
          status: 'partly',
          required: false,
          requirement: { courseId: COURSE, required: false },
          evidence: { completedAt: null, percent: 62.5 },
        },
        WORDS,
      ),
    ).toBe('JavaScript foundations (preferred): 63% done — partly');
    expect(checkText({ ...check, status: 'missing', evidence: null }, WORDS)).toBe(
      'JavaScript foundations (required): not started — missing',
    );
  });

  it('names each requirement in short for the CSV header', () => {
    expect(requirementLabel(LEVEL_MET, WORDS)).toBe('Coding ≥ 3');
    expect(
      requirementLabel(
        {
          kind: 'language',
          status: 'missing',
          required: true,
          requirement: { language: 'ar', skill: 'basic' },
          evidence: null,
        },
        WORDS,
      ),
    ).toBe('Arabic: basic');
  });
});

describe('the candidates table', () => {
  const AMINA: CandidateMatch = {
    learnerId: 'l1',
    displayName: 'Amina',
    headline: 'Junior developer, = curious',
    stage: null,
    match: { score: 100, checks: [LEVEL_MET], met: 1, partly: 0, missing: 0, missingRequired: 0 },
  };
  const KARIM: CandidateMatch = {
    learnerId: 'l2',
    displayName: 'Karim',
    headline: null,
    stage: 'shortlisted',
    match: {
      score: 0,
      checks: [{ ...LEVEL_MET, status: 'missing', evidence: null }],
      met: 0,
      partly: 0,
      missing: 1,
      missingRequired: 1,
    },
  };

  it('numbers candidates in the order the API ranks them', () => {
    expect(ranked([AMINA, KARIM]).map((c) => [c.rank, c.displayName])).toEqual([
      [1, 'Amina'],
      [2, 'Karim'],
    ]);
  });

  it('exports one column per requirement, with the same words as the chips', () => {
    const csv = candidatesCsv(
      ranked([AMINA, KARIM]),
      {
        rank: 'Rank',
        name: 'Name',
        headline: 'Headline',
        stage: 'Stage',
        score: 'Score',
        met: 'met',
        partly: 'partly',
        missing: 'missing',
      },
      WORDS,
    );
    expect(csv).toEqual({
      header: [
        'Rank',
        'Name',
        'Headline',
        'Stage',
        'Score',
        'met',
        'partly',
        'missing',
        'Coding ≥ 3',
      ],
      rows: [
        [
          1,
          'Amina',
          'Junior developer, = curious',
          null,
          100,
          1,
          0,
          0,
          checkText(LEVEL_MET, WORDS),
        ],
        [
          2,
          'Karim',
          null,
          'Shortlisted',
          0,
          0,
          0,
          1,
          'Coding: not assessed, level 3 needed — missing',
        ],
      ],
    });
  });
});

describe('the candidate page', () => {
  it('writes a month of experience in the page language', () => {
    expect(formatYearMonth('en', '2021-09')).toBe('Sep 2021');
    expect(formatYearMonth('en', 'soon')).toBe('soon');
  });
});
