import {
  type CompetenceArea,
  LEVEL_MAX,
  levelGroupOf,
  type PlacementReasonView,
  type ScaleResult,
} from '@passerelle/contracts';
import {
  areaLabel,
  groupLabel,
  type MessageKey,
  type MessageParams,
  type UiMessage,
} from '@passerelle/i18n';

/** The five DigComp areas, in the framework's order; coding readiness is shown apart. */
export const DIGCOMP_AREAS: readonly CompetenceArea[] = [
  'information',
  'communication',
  'content-creation',
  'safety',
  'problem-solving',
];

/** A translate function: the I18n service's `t`, or `translate` bound to a catalog in tests. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface AreaBar {
  area: CompetenceArea;
  level: number;
  /** Share of the bar filled, 0–100 (level 1 of 8 is 12.5). */
  percent: number;
  /** "Level 3 · Intermediate". */
  label: string;
}

export function areaName(t: Translate, area: CompetenceArea): string {
  return t(areaLabel(area));
}

/** "Level 3 · Intermediate": the words a bar carries, so it never relies on its length alone. */
export function levelLabel(t: Translate, result: Pick<ScaleResult, 'level' | 'group'>): string {
  return `${t('assessment.level', { level: result.level })} · ${t(groupLabel(result.group))}`;
}

export function areaBars(
  t: Translate,
  areas: Partial<Record<CompetenceArea, ScaleResult>>,
  order: readonly CompetenceArea[],
): AreaBar[] {
  return order.flatMap((area) => {
    const result = areas[area];
    if (!result) return [];
    return [
      {
        area,
        level: result.level,
        percent: Math.round((result.level / LEVEL_MAX) * 1000) / 10,
        label: levelLabel(t, result),
      },
    ];
  });
}

export interface StrengthsAndNextSteps {
  /** The areas at the learner's highest level. */
  strengths: CompetenceArea[];
  /** The areas at their lowest level; empty when every area is at the same level. */
  nextSteps: CompetenceArea[];
}

/** Strengths are the highest areas and next steps the lowest, at most `limit` of each. */
export function strengthsAndNextSteps(
  areas: Partial<Record<CompetenceArea, ScaleResult>>,
  order: readonly CompetenceArea[] = DIGCOMP_AREAS,
  limit = 2,
): StrengthsAndNextSteps {
  const levels = order.flatMap((area) => {
    const level = areas[area]?.level;
    return level === undefined ? [] : [{ area, level }];
  });
  if (levels.length === 0) return { strengths: [], nextSteps: [] };
  const highest = Math.max(...levels.map((l) => l.level));
  const lowest = Math.min(...levels.map((l) => l.level));
  const at = (level: number) =>
    levels
      .filter((l) => l.level === level)
      .slice(0, limit)
      .map((l) => l.area);
  return { strengths: at(highest), nextSteps: highest === lowest ? [] : at(lowest) };
}

/**
 * Why a course fits, in one area, from the data only: "Your level in Safety is 2 (Foundation).
 * This course starts at level 1 and takes you to level 3."
 */
export function reasonText(t: Translate, reason: PlacementReasonView): string {
  const group = t(groupLabel(levelGroupOf(reason.learnerLevel)));
  const yours = t('result.reason.yourLevel', {
    area: areaName(t, reason.area),
    level: reason.learnerLevel,
    group,
  });
  const course =
    reason.courseTarget <= reason.learnerLevel
      ? t('result.reason.practice', { entry: reason.courseEntry, target: reason.courseTarget })
      : t('result.reason.course', { entry: reason.courseEntry, target: reason.courseTarget });
  return `${yours} ${course}`;
}

/** A date the learner reads, in the page's language ("12 March 2026"). */
export function longDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

/** "About 12 questions left", honest about being an estimate; "Last question" at the end. */
export function questionsLeftMessage(left: number): UiMessage {
  return left <= 1
    ? { key: 'assessment.test.lastQuestion' }
    : { key: 'assessment.test.questionsLeft', params: { count: left } };
}
