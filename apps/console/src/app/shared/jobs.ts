import {
  type ContractType,
  JOB_STATUSES,
  type JobStatus,
  type JobView,
  type LanguageSkill,
  mayChangeJobStatus,
  type RemoteOption,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';

import type { CellValue } from './table';

/** How the jobs pages name statuses, places of work, contracts and language skills. */
export function jobStatusLabel(status: JobStatus): MessageKey {
  return `jobs.status.${status}`;
}

export function remoteLabel(remote: RemoteOption): MessageKey {
  return `jobs.remote.${remote}`;
}

export function contractLabel(contract: ContractType): MessageKey {
  return `jobs.contract.${contract}`;
}

export function skillLabel(skill: LanguageSkill): MessageKey {
  return `jobs.skill.${skill}`;
}

/** A button that moves a job to another status, as `mayChangeJobStatus` allows. */
export interface StatusAction {
  to: JobStatus;
  label: MessageKey;
}

/** Draft: open it. Open: close it. Closed: open it again. Never back to draft. */
export function statusActions(from: JobStatus): StatusAction[] {
  return JOB_STATUSES.filter((to) => mayChangeJobStatus(from, to)).map((to) => ({
    to,
    label:
      to === 'closed'
        ? 'jobs.action.close'
        : from === 'draft'
          ? 'jobs.action.open'
          : 'jobs.action.reopen',
  }));
}

export type JobSortKey = 'title' | 'status' | 'location' | 'hours' | 'opened';
export const JOB_SORT_KEYS: readonly JobSortKey[] = [
  'title',
  'status',
  'location',
  'hours',
  'opened',
];

/** Open jobs first (they have candidates to review), then drafts, then closed ones. */
const STATUS_ORDER: Record<JobStatus, number> = { open: 0, draft: 1, closed: 2 };

export function jobSortValue(job: JobView, key: JobSortKey): CellValue {
  switch (key) {
    case 'title':
      return job.title;
    case 'status':
      return STATUS_ORDER[job.status];
    case 'location':
      return job.location;
    case 'hours':
      return job.hoursPerWeek;
    case 'opened':
      return job.openedAt;
  }
}

export function jobColumnLabel(key: JobSortKey): MessageKey {
  return `jobs.column.${key}`;
}
