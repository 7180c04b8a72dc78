import {
  type CandidateFilters,
  type CandidateMatch,
  COMPETENCE_AREAS,
  LANGUAGE_SKILLS,
  type LanguageSkill,
  type RequirementCheck,
  type RequirementStatus,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey, type MessageParams } from '@passerelle/i18n';

import type { CellValue } from '../shared/table';

/**
 * A job's candidates as plain functions: the filters as the address and the API carry them,
 * each requirement check in words (the evidence, then met / partly / missing), and the CSV.
 */

/** The filter form as typed: '' for "any". */
export interface CandidateFilterValue {
  area: string;
  level: string;
  language: string;
  location: string;
  availableBy: string;
  courseId: string;
}

export const NO_FILTERS: CandidateFilterValue = {
  area: '',
  level: '',
  language: '',
  location: '',
  availableBy: '',
  courseId: '',
};

/** The filters as query parameters, set ones only (for the address and for the API alike). */
export function candidateQuery(filters: Partial<CandidateFilterValue>): Record<string, string> {
  const query: Record<string, string> = {};
  const area = filters.area ?? '';
  if ((COMPETENCE_AREAS as readonly string[]).includes(area)) {
    // The API takes an area with a level only: an area alone means "assessed in it at all".
    const level = Number(filters.level);
    query['area'] = area;
    query['level'] = String(Number.isInteger(level) && level >= 1 && level <= 8 ? level : 1);
  }
  const language = filters.language?.trim() ?? '';
  if (language) query['language'] = language;
  const location = filters.location?.trim() ?? '';
  if (location) query['location'] = location;
  if (filters.availableBy) query['availableBy'] = filters.availableBy;
  if (filters.courseId) query['courseId'] = filters.courseId;
  return query;
}

/** The form's values from the address (whatever was typed into it). */
export function filtersFromQuery(query: Partial<Record<keyof CandidateFilters, unknown>>) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    area: text(query.area),
    level: text(query.level),
    language: text(query.language),
    location: text(query.location),
    availableBy: text(query.availableBy),
    courseId: text(query.courseId),
  } satisfies CandidateFilterValue;
}

/** How many filters are set, for the summary line ("2 filters"). */
export function activeFilterCount(filters: CandidateFilterValue): number {
  const query = candidateQuery(filters);
  return Object.keys(query).filter((key) => key !== 'level').length;
}

/** What the wording needs from the page: its language's words, dates and names. */
export interface CheckWords {
  t: (key: MessageKey, params?: MessageParams) => string;
  date: (iso: string) => string;
  language: (code: string) => string;
  course: (courseId: string) => string;
}

const SIGN_MET = '≥';
const SIGN_SHORT = '<';

function skillRank(skill: LanguageSkill): number {
  return LANGUAGE_SKILLS.indexOf(skill);
}

function skillWord(skill: LanguageSkill, words: CheckWords): string {
  return words.t(`candidates.skill.${skill}`);
}

function courseKind(required: boolean, words: CheckWords): string {
  return words.t(required ? 'candidates.required' : 'candidates.preferred');
}

/** What a requirement asks, in short: a column's header ("Coding ≥ 3"). */
export function requirementLabel(check: RequirementCheck, words: CheckWords): string {
  switch (check.kind) {
    case 'level':
      return words.t('candidates.req.level', {
        area: words.t(areaLabel(check.requirement.area)),
        min: check.requirement.level,
      });
    case 'language':
      return words.t('candidates.req.language', {
        language: words.language(check.requirement.language),
        skill: skillWord(check.requirement.skill, words),
      });
    case 'course':
      return words.t('candidates.req.course', {
        course: words.course(check.requirement.courseId),
        kind: courseKind(check.requirement.required, words),
      });
  }
}

/** The evidence against the requirement, without the verdict. */
function evidenceText(check: RequirementCheck, words: CheckWords): string {
  switch (check.kind) {
    case 'level': {
      const area = words.t(areaLabel(check.requirement.area));
      const min = check.requirement.level;
      if (!check.evidence) return words.t('candidates.check.levelNone', { area, min });
      return words.t('candidates.check.level', {
        area,
        level: check.evidence.level,
        date: words.date(check.evidence.assessedAt),
        sign: check.evidence.level >= min ? SIGN_MET : SIGN_SHORT,
        min,
      });
    }
    case 'language': {
      const language = words.language(check.requirement.language);
      const needed = skillWord(check.requirement.skill, words);
      if (!check.evidence) return words.t('candidates.check.languageNone', { language, needed });
      return words.t('candidates.check.language', {
        language,
        skill: skillWord(check.evidence.skill, words),
        sign:
          skillRank(check.evidence.skill) >= skillRank(check.requirement.skill)
            ? SIGN_MET
            : SIGN_SHORT,
        needed,
      });
    }
    case 'course': {
      const course = words.course(check.requirement.courseId);
      const kind = courseKind(check.requirement.required, words);
      const evidence = check.evidence;
      if (!evidence) return words.t('candidates.check.courseNone', { course, kind });
      if (evidence.completedAt) {
        return words.t('candidates.check.courseDone', {
          course,
          kind,
          date: words.date(evidence.completedAt),
        });
      }
      return words.t('candidates.check.courseProgress', {
        course,
        kind,
        percent: Math.round(evidence.percent),
      });
    }
  }
}

export function statusWord(status: RequirementStatus, words: CheckWords): string {
  return words.t(`candidates.status.${status}`);
}

/** One check in words: "Coding: level 4 (assessed 24 Nov 2026) ≥ 3 — met". */
export function checkText(check: RequirementCheck, words: CheckWords): string {
  return words.t('candidates.check', {
    evidence: evidenceText(check, words),
    status: statusWord(check.status, words),
  });
}

export type CandidateSortKey = 'rank' | 'name' | 'score';
export const CANDIDATE_SORT_KEYS: readonly CandidateSortKey[] = ['rank', 'name', 'score'];

/** A candidate with their place in the API's ranking (1 = best match). */
export interface RankedCandidate extends CandidateMatch {
  rank: number;
}

export function ranked(candidates: readonly CandidateMatch[]): RankedCandidate[] {
  return candidates.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}

export function candidateSortValue(candidate: RankedCandidate, key: CandidateSortKey): CellValue {
  switch (key) {
    case 'rank':
      return candidate.rank;
    case 'name':
      return candidate.displayName;
    case 'score':
      return candidate.match.score;
  }
}

export interface CandidatesCsvHeader {
  rank: string;
  name: string;
  headline: string;
  stage: string;
  score: string;
  met: string;
  partly: string;
  missing: string;
}

/**
 * The list as shown, one column per requirement (every candidate is checked against the same
 * requirements, in the same order) holding the same words as the chips.
 */
export function candidatesCsv(
  candidates: readonly RankedCandidate[],
  header: CandidatesCsvHeader,
  words: CheckWords,
): { header: string[]; rows: CellValue[][] } {
  const checks = candidates[0]?.match.checks ?? [];
  return {
    header: [
      header.rank,
      header.name,
      header.headline,
      header.stage,
      header.score,
      header.met,
      header.partly,
      header.missing,
      ...checks.map((check) => requirementLabel(check, words)),
    ],
    rows: candidates.map((c) => [
      c.rank,
      c.displayName,
      c.headline || null,
      c.stage ? words.t(`hiring.stage.${c.stage}`) : null,
      c.match.score,
      c.match.met,
      c.match.partly,
      c.match.missing,
      ...c.match.checks.map((check) => checkText(check, words)),
    ]),
  };
}

/** A year and month of work experience (`2021-09`) as the page's language writes it. */
export function formatYearMonth(language: string, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}
