import type { JobView } from '@passerelle/contracts';

import { jobSortValue, statusActions } from './jobs';
import { sortRows } from './table';

function job(id: string, status: JobView['status'], openedAt: string | null): JobView {
  return {
    id,
    organisation: { id: 'o1', name: 'Atelier' },
    status,
    title: id,
    description: '',
    location: 'Lyon',
    remote: 'on-site',
    contractType: 'permanent',
    hoursPerWeek: 35,
    startDate: null,
    requirements: { levels: {}, languages: [], courses: [] },
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    openedAt,
  };
}

describe('job statuses', () => {
  it('offers the moves the API allows, never back to draft', () => {
    expect(statusActions('draft')).toEqual([{ to: 'open', label: 'jobs.action.open' }]);
    expect(statusActions('open')).toEqual([{ to: 'closed', label: 'jobs.action.close' }]);
    expect(statusActions('closed')).toEqual([{ to: 'open', label: 'jobs.action.reopen' }]);
  });
});

describe('the jobs table', () => {
  it('shows open jobs first, then drafts, then closed ones; never-opened jobs last by date', () => {
    const all = [
      job('closed', 'closed', '2026-10-01T00:00:00Z'),
      job('draft', 'draft', null),
      job('open', 'open', '2026-11-01T00:00:00Z'),
    ];
    const ids = (key: 'status' | 'opened', descending: boolean) =>
      sortRows(all, { key, descending }, jobSortValue).map((j) => j.id);
    expect(ids('status', false)).toEqual(['open', 'draft', 'closed']);
    expect(ids('opened', true)).toEqual(['open', 'closed', 'draft']);
  });
});
