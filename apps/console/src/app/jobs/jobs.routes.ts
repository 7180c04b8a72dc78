import type { Routes } from '@angular/router';

import { confirmUnsavedChanges } from '../shared/unsaved-changes.guard';

/**
 * An organisation's job postings, their candidates and hiring pipelines, under
 * `organisations/:organisationId/jobs` (employers of the organisation, and admins).
 */
export const JOBS_ROUTES: Routes = [
  {
    // `new` as the job id for a job not saved yet.
    path: ':jobId',
    title: 'jobs.jobTitle',
    canDeactivate: [confirmUnsavedChanges],
    loadComponent: () => import('./job-editor.page').then((m) => m.JobEditorPage),
  },
  {
    path: ':jobId/pipeline',
    title: 'hiring.pipeline',
    loadComponent: () => import('./pipeline.page').then((m) => m.PipelinePage),
  },
  {
    path: ':jobId/candidates',
    title: 'candidates.title',
    loadComponent: () => import('./candidates.page').then((m) => m.CandidatesPage),
  },
  {
    path: ':jobId/candidates/:learnerId',
    title: 'candidates.profileTitle',
    loadComponent: () => import('./candidate.page').then((m) => m.CandidatePage),
  },
];
