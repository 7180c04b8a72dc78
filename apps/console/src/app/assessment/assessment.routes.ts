import type { Routes } from '@angular/router';

import { confirmUnsavedChanges } from '../shared/unsaved-changes.guard';

/** The console's `assessment` area (mentors and admins): learners' results, the item bank and its calibration. */
export const ASSESSMENT_ROUTES: Routes = [
  {
    path: '',
    title: 'results.title',
    loadComponent: () => import('./learners.page').then((m) => m.LearnersPage),
  },
  {
    path: 'learners/:learnerId',
    title: 'results.learnerTitle',
    loadComponent: () => import('./learner.page').then((m) => m.LearnerPage),
  },
  {
    path: 'items',
    title: 'bank.title',
    loadComponent: () => import('./item-bank.page').then((m) => m.ItemBankPage),
  },
  {
    path: 'calibration',
    title: 'calibration.title',
    loadComponent: () => import('./calibration.page').then((m) => m.CalibrationPage),
  },
  {
    path: 'calibration/:versionId',
    title: 'calibration.versionTitle',
    loadComponent: () => import('./bank-version.page').then((m) => m.BankVersionPage),
  },
  {
    // `new` as the item id for an item not saved yet.
    path: 'items/:itemId',
    title: 'bank.editItem',
    canDeactivate: [confirmUnsavedChanges],
    loadComponent: () => import('./item-editor.page').then((m) => m.AssessmentItemEditorPage),
  },
];
