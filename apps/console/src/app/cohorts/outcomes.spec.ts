import type { CohortOutcome, CourseOutcome } from '@passerelle/contracts';

import { sortRows } from '../shared/table';
import {
  barPercent,
  chartMax,
  cohortRows,
  courseRows,
  hireRate,
  outcomeBars,
  outcomesCsv,
  outcomeSortValue,
} from './outcomes';

const DEMO: CohortOutcome = {
  cohortId: 'c1',
  name: 'Demo cohort',
  learners: 4,
  shortlisted: 2,
  interviewed: 1,
  hired: 1,
  medianDaysToHire: 31,
};
const EVENING: CohortOutcome = {
  cohortId: 'c2',
  name: 'Evening cohort',
  learners: 8,
  shortlisted: 3,
  interviewed: 0,
  hired: 0,
  medianDaysToHire: null,
};
const EMPTY: CohortOutcome = {
  ...EVENING,
  cohortId: 'c3',
  name: 'New cohort',
  learners: 0,
  shortlisted: 0,
};

describe('outcome rows', () => {
  it('holds cohorts and courses alike, with the share of learners hired', () => {
    const course: CourseOutcome = { ...DEMO, courseId: 'k1', title: 'JavaScript foundations' };
    expect(courseRows([course])).toEqual([
      {
        id: 'k1',
        name: 'JavaScript foundations',
        learners: 4,
        shortlisted: 2,
        interviewed: 1,
        hired: 1,
        medianDaysToHire: 31,
        rate: 0.25,
      },
    ]);
    expect(cohortRows([EMPTY])[0].rate).toBeNull();
    expect(hireRate({ learners: 8, hired: 0 })).toBe(0);
  });

  it('sorts counts from the most, and groups without hires last by days to hire', () => {
    const rows = cohortRows([DEMO, EVENING, EMPTY]);
    const names = (key: Parameters<typeof outcomeSortValue>[1], descending: boolean) =>
      sortRows(rows, { key, descending }, outcomeSortValue).map((r) => r.name);
    expect(names('learners', true)).toEqual(['Evening cohort', 'Demo cohort', 'New cohort']);
    expect(names('median', false)).toEqual(['Demo cohort', 'Evening cohort', 'New cohort']);
    expect(names('rate', true)).toEqual(['Demo cohort', 'Evening cohort', 'New cohort']);
  });
});

describe('the outcomes chart', () => {
  it('scales every bar to the largest group', () => {
    const rows = cohortRows([DEMO, EVENING]);
    expect(chartMax(rows)).toBe(8);
    expect(outcomeBars(rows[0], 8)).toEqual({
      learners: 50,
      shortlisted: 25,
      interviewed: 12.5,
      hired: 12.5,
    });
    expect(outcomeBars(rows[1], 8).learners).toBe(100);
  });

  it('draws nothing for empty groups, and never past the end', () => {
    expect(chartMax([])).toBe(1);
    expect(chartMax(cohortRows([EMPTY]))).toBe(1);
    expect(barPercent(0, 1)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
    expect(barPercent(12, 8)).toBe(100);
    expect(barPercent(1, 3)).toBe(33.3);
  });
});

describe('the outcomes CSV', () => {
  it('has the table’s columns, the rate in whole percent and nothing for no hire', () => {
    const csv = outcomesCsv(cohortRows([DEMO, EMPTY]), {
      name: 'Cohort',
      learners: 'Learners',
      shortlisted: 'Shortlisted',
      interviewed: 'Interviewed',
      hired: 'Hired',
      rate: 'Hired %',
      median: 'Median days to hire',
    });
    expect(csv).toEqual({
      header: [
        'Cohort',
        'Learners',
        'Shortlisted',
        'Interviewed',
        'Hired',
        'Hired %',
        'Median days to hire',
      ],
      rows: [
        ['Demo cohort', 4, 2, 1, 1, 25, 31],
        ['New cohort', 0, 0, 0, 0, null, null],
      ],
    });
  });
});
