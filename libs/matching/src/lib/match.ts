import {
  type CandidateEvidence,
  COMPETENCE_AREAS,
  type CompetenceArea,
  type CourseCheck,
  type CourseRequirement,
  type JobRequirements,
  LANGUAGE_SKILLS,
  type LanguageCheck,
  type LanguageRequirement,
  type LanguageSkill,
  type LevelCheck,
  type MatchResult,
  type RequirementCheck,
  type RequirementStatus,
} from '@passerelle/contracts';

/** A course under way counts as partly done from this share of it. */
export const COURSE_PARTLY_PERCENT = 50;

/**
 * Weights and credits in halves, so that the score is computed on whole numbers: a required
 * requirement weighs 1 (2 halves), a preferred one 0.5 (1 half); met earns 1, partly 0.5,
 * missing 0.
 */
const WEIGHT_HALVES = { required: 2, preferred: 1 } as const;
const CREDIT_HALVES: Record<RequirementStatus, number> = { met: 2, partly: 1, missing: 0 };

/**
 * A minimum level in one area. Met when the candidate's assessed level is at least the
 * minimum; partly when it is exactly one level below; missing when it is lower, or when the
 * candidate has no assessed level in that area: no evidence is missing, never a guess.
 */
export function checkLevel(
  area: CompetenceArea,
  minimum: number,
  evidence: CandidateEvidence,
): LevelCheck {
  const assessed = evidence.levels[area] ?? null;
  let status: RequirementStatus = 'missing';
  if (assessed && assessed.level >= minimum) status = 'met';
  else if (assessed && assessed.level === minimum - 1) status = 'partly';
  return {
    kind: 'level',
    requirement: { area, level: minimum },
    status,
    required: true,
    evidence: assessed && { level: assessed.level, assessedAt: assessed.assessedAt },
  };
}

/** Where a skill stands in basic < conversational < fluent < native. */
const skillRank = (skill: LanguageSkill): number => LANGUAGE_SKILLS.indexOf(skill);

/**
 * A language at a skill (basic < conversational < fluent < native). Met when the candidate
 * declares the language at the required skill or higher; partly when they declare it at a
 * lower skill; missing when they do not declare it. A language declared twice counts at its
 * higher skill.
 */
export function checkLanguage(
  requirement: LanguageRequirement,
  evidence: CandidateEvidence,
): LanguageCheck {
  let declared: LanguageSkill | null = null;
  for (const spoken of evidence.languages) {
    if (spoken.language !== requirement.language) continue;
    if (declared === null || skillRank(spoken.skill) > skillRank(declared)) declared = spoken.skill;
  }
  let status: RequirementStatus = 'missing';
  if (declared !== null) {
    status = skillRank(declared) >= skillRank(requirement.skill) ? 'met' : 'partly';
  }
  return {
    kind: 'language',
    requirement: { language: requirement.language, skill: requirement.skill },
    status,
    required: true,
    evidence: declared === null ? null : { skill: declared },
  };
}

/**
 * A course, required or preferred. Met when the candidate completed it; partly when it is
 * under way at 50 % or more; missing when under way at less, or not started. A completion wins
 * over any progress; a course under way twice counts at its higher percent.
 */
export function checkCourse(
  requirement: CourseRequirement,
  evidence: CandidateEvidence,
): CourseCheck {
  const base = {
    kind: 'course' as const,
    requirement: { courseId: requirement.courseId, required: requirement.required },
    required: requirement.required,
  };
  const completed = evidence.completedCourses.find((c) => c.courseId === requirement.courseId);
  if (completed) {
    return {
      ...base,
      status: 'met',
      evidence: { completedAt: completed.completedAt, percent: 100 },
    };
  }
  const percents = evidence.coursesInProgress
    .filter((c) => c.courseId === requirement.courseId)
    .map((c) => c.percent);
  if (percents.length === 0) return { ...base, status: 'missing', evidence: null };
  const percent = Math.max(...percents);
  return {
    ...base,
    status: percent >= COURSE_PARTLY_PERCENT ? 'partly' : 'missing',
    evidence: { completedAt: null, percent },
  };
}

/**
 * How well one candidate's evidence meets a job's requirements, explained per requirement.
 *
 * Checks come in a fixed order: levels in the order of COMPETENCE_AREAS, then languages, then
 * courses, both as listed in the requirements.
 *
 * The score is `round(100 × Σ weight × credit / Σ weight)`, an integer from 0 to 100 (halves
 * round up). Levels, languages and required courses weigh 1, preferred courses 0.5; met earns
 * 1, partly 0.5, missing 0. A job with no requirements scores 100 for everyone. Requirements
 * are expected to be valid (see `requirementsProblems`); a level for an unknown area is ignored.
 */
export function matchCandidate(
  requirements: JobRequirements,
  evidence: CandidateEvidence,
): MatchResult {
  const checks: RequirementCheck[] = [];
  for (const area of COMPETENCE_AREAS) {
    const minimum = requirements.levels[area];
    if (minimum !== undefined) checks.push(checkLevel(area, minimum, evidence));
  }
  for (const language of requirements.languages) checks.push(checkLanguage(language, evidence));
  for (const course of requirements.courses) checks.push(checkCourse(course, evidence));

  let weight = 0;
  let earned = 0;
  const counts = { met: 0, partly: 0, missing: 0, missingRequired: 0 };
  for (const check of checks) {
    const w = check.required ? WEIGHT_HALVES.required : WEIGHT_HALVES.preferred;
    weight += w;
    earned += w * CREDIT_HALVES[check.status];
    counts[check.status] += 1;
    if (check.required && check.status === 'missing') counts.missingRequired += 1;
  }
  // `earned` is in quarters (halves × halves), `weight` in halves: hence the 2.
  const score = weight === 0 ? 100 : Math.round((100 * earned) / (2 * weight));
  return { score, checks, ...counts };
}

/** Compares code units, not locale rules, so that the order is the same on every machine. */
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Candidates matched against a job, best first. The order: higher score first; on equal
 * scores, fewer missing required requirements first, then more met requirements, then the
 * candidate id in ascending code-unit order, so that the same candidates always come in the
 * same order whatever order they are given in. Candidates are not changed: each comes back
 * copied, with its `match`.
 */
export function rankCandidates<C extends { id: string; evidence: CandidateEvidence }>(
  requirements: JobRequirements,
  candidates: readonly C[],
): (C & { match: MatchResult })[] {
  return candidates
    .map((candidate) => ({ ...candidate, match: matchCandidate(requirements, candidate.evidence) }))
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        a.match.missingRequired - b.match.missingRequired ||
        b.match.met - a.match.met ||
        compareIds(a.id, b.id),
    );
}
