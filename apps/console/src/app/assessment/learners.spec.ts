import type { AssessedLearner, ScaleResult } from '@passerelle/contracts';

import { sortRows } from '../shared/table';
import { filterLearners, learnersCsv, learnerSortValue, statusOf } from './learners';

const scale = (level: number): ScaleResult => ({
  theta: level - 3.5,
  se: 0.4,
  level,
  group: level <= 2 ? 'foundation' : 'intermediate',
  answered: 4,
});

const areas = (level: number) => ({
  information: scale(level),
  communication: scale(level),
  'content-creation': scale(level),
  safety: scale(level + 1),
  'problem-solving': scale(level),
  coding: scale(1),
});

const AMAL: AssessedLearner = {
  id: 'a',
  displayName: 'Amal Haddad',
  identifier: 'amal@example.org',
  cohorts: ['Spring B', 'Code A'],
  intake: null,
  latest: {
    id: 'x',
    status: 'completed',
    language: 'ar',
    startedAt: '2026-03-01T09:00:00Z',
    completedAt: '2026-03-01T09:20:00Z',
    answered: 24,
    overall: scale(3),
    areas: areas(3),
  },
};
const BORIS: AssessedLearner = {
  id: 'b',
  displayName: 'Boris',
  identifier: 'boris',
  cohorts: [],
  intake: null,
  latest: {
    id: 'y',
    status: 'in-progress',
    language: 'fr',
    startedAt: '2026-03-02T09:00:00Z',
    completedAt: null,
    answered: 3,
    overall: null,
    areas: null,
  },
};
const CHLOE: AssessedLearner = {
  id: 'c',
  displayName: 'Chloé',
  identifier: 'chloe@example.org',
  cohorts: ['Code A'],
  intake: null,
  latest: null,
};

describe('learners table', () => {
  it('finds learners by every word, in name, identifier or cohort', () => {
    expect(filterLearners([AMAL, BORIS, CHLOE], 'code').map((l) => l.id)).toEqual(['a', 'c']);
    expect(filterLearners([AMAL, BORIS, CHLOE], 'amal spring').map((l) => l.id)).toEqual(['a']);
    expect(filterLearners([AMAL, BORIS, CHLOE], '  ')).toHaveLength(3);
  });

  it('sorts by level with unassessed learners last, and by date of the latest attempt', () => {
    const byLevel = sortRows(
      [CHLOE, BORIS, AMAL],
      { key: 'overall', descending: true },
      learnerSortValue,
    );
    expect(byLevel.map((l) => l.id)).toEqual(['a', 'c', 'b']);
    const bySafety = learnerSortValue(AMAL, 'safety');
    expect(bySafety).toBe(4);
    const byDate = sortRows(
      [AMAL, BORIS, CHLOE],
      { key: 'date', descending: true },
      learnerSortValue,
    );
    expect(byDate.map((l) => l.id)).toEqual(['b', 'a', 'c']);
    expect(statusOf(CHLOE)).toBe('none');
  });

  it('exports what the table shows, one level column per area', () => {
    const { header, rows } = learnersCsv([AMAL, CHLOE], {
      name: 'Name',
      identifier: 'Id',
      cohorts: 'Cohorts',
      status: 'Status',
      date: 'Date',
      overall: 'Overall',
      group: 'Group',
      areas: {
        information: 'Info',
        communication: 'Comm',
        'content-creation': 'Content',
        safety: 'Safety',
        'problem-solving': 'Problems',
        coding: 'Coding',
      },
      statusName: (s) => `status:${s}`,
      groupName: (g) => `group:${g}`,
    });
    expect(header).toHaveLength(13);
    expect(rows[0]).toEqual([
      'Amal Haddad',
      'amal@example.org',
      'Spring B; Code A',
      'status:completed',
      '2026-03-01T09:20:00Z',
      3,
      'group:intermediate',
      3,
      3,
      3,
      4,
      3,
      1,
    ]);
    expect(rows[1].slice(3)).toEqual(['status:none', ...Array(9).fill(null)]);
  });
});
