import {
  type AssessedLearner,
  type AttemptStatus,
  COMPETENCE_AREAS,
  type CompetenceArea,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';

import type { CellValue } from '../shared/table';

export type LearnerSortKey = 'name' | 'cohorts' | 'status' | 'date' | 'overall' | CompetenceArea;

/** A learner's latest attempt's state, or `none` before their first attempt. */
export type LearnerStatus = AttemptStatus | 'none';

/** How an attempt's state (or its absence) is named, on every page of results. */
export function statusLabel(status: LearnerStatus): MessageKey {
  return `results.status.${status}` as MessageKey;
}

export function statusOf(learner: AssessedLearner): LearnerStatus {
  return learner.latest?.status ?? 'none';
}

/** When the latest attempt ended, or started when it has not ended. */
export function dateOf(learner: AssessedLearner): string | null {
  return learner.latest ? (learner.latest.completedAt ?? learner.latest.startedAt) : null;
}

export function areaLevel(learner: AssessedLearner, area: CompetenceArea): number | null {
  return learner.latest?.areas?.[area]?.level ?? null;
}

/** Learners whose name, identifier or cohort holds every word of `search`. */
export function filterLearners(
  learners: readonly AssessedLearner[],
  search: string,
): AssessedLearner[] {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...learners];
  return learners.filter((learner) => {
    const haystack = [learner.displayName, learner.identifier, ...learner.cohorts]
      .join(' ')
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const STATUS_ORDER: Record<LearnerStatus, number> = {
  'in-progress': 0,
  completed: 1,
  expired: 2,
  reset: 3,
  none: 4,
};

export function learnerSortValue(learner: AssessedLearner, key: LearnerSortKey): CellValue {
  switch (key) {
    case 'name':
      return learner.displayName;
    case 'cohorts':
      return learner.cohorts.length ? [...learner.cohorts].sort().join(', ') : null;
    case 'status':
      return learner.latest ? STATUS_ORDER[statusOf(learner)] : null;
    case 'date':
      return dateOf(learner);
    case 'overall':
      return learner.latest?.overall?.level ?? null;
    default:
      return areaLevel(learner, key);
  }
}

/** Words for the CSV header and its status column, in the mentor's language. */
export interface LearnerCsvLabels {
  name: string;
  identifier: string;
  cohorts: string;
  status: string;
  date: string;
  overall: string;
  group: string;
  areas: Record<CompetenceArea, string>;
  statusName: (status: LearnerStatus) => string;
  groupName: (group: string) => string;
}

/** The learners' table as CSV cells: what the screen shows, one level column per area. */
export function learnersCsv(
  learners: readonly AssessedLearner[],
  labels: LearnerCsvLabels,
): { header: string[]; rows: CellValue[][] } {
  return {
    header: [
      labels.name,
      labels.identifier,
      labels.cohorts,
      labels.status,
      labels.date,
      labels.overall,
      labels.group,
      ...COMPETENCE_AREAS.map((area) => labels.areas[area]),
    ],
    rows: learners.map((learner) => [
      learner.displayName,
      learner.identifier,
      learner.cohorts.join('; ') || null,
      labels.statusName(statusOf(learner)),
      dateOf(learner),
      learner.latest?.overall?.level ?? null,
      learner.latest?.overall ? labels.groupName(learner.latest.overall.group) : null,
      ...COMPETENCE_AREAS.map((area) => areaLevel(learner, area)),
    ]),
  };
}
