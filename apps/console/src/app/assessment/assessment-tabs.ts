import type { AreaTab } from '../shared/area-tabs.component';

/** The parts of the assessment area: learners' results, the item bank, its calibration. */
export const ASSESSMENT_TABS: readonly AreaTab[] = [
  { path: '/assessment', label: 'results.title', testId: 'tab-results' },
  { path: '/assessment/items', label: 'bank.title', testId: 'tab-bank' },
  // Also active on a calibration's own page.
  {
    path: '/assessment/calibration',
    label: 'calibration.tab',
    testId: 'tab-calibration',
    exact: false,
  },
];
