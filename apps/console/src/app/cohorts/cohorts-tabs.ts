import type { AreaTab } from '../shared/area-tabs.component';

/** The cohorts area: the cohorts themselves, and how their learners fared with employers. */
export const COHORT_TABS: readonly AreaTab[] = [
  { path: '/cohorts', label: 'cohorts.title', testId: 'tab-cohorts' },
  { path: '/cohorts/outcomes', label: 'hiring.outcomes', testId: 'tab-outcomes' },
];
