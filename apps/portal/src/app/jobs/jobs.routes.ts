import type { Route } from '@angular/router';

import { ApplicationsPage } from './applications.page';
import { JobPage } from './job.page';
import { JobsPage } from './jobs.page';
import { JobsShellPage } from './jobs-shell.page';

/** Jobs for the learner, one job, and their applications. Lazy as a whole. */
export const jobsRoutes: Route[] = [
  {
    path: '',
    component: JobsShellPage,
    children: [
      { path: '', title: 'work.nav.jobs', component: JobsPage },
      { path: 'applications', title: 'work.nav.applications', component: ApplicationsPage },
      { path: ':jobId', title: 'work.title', component: JobPage },
    ],
  },
];
