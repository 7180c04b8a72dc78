import type { Route } from '@angular/router';
import { CONSOLE_AREAS, STAFF_ROLES } from '@passerelle/contracts';
import { guestOnly, hasRole, signedIn } from '@passerelle/web-auth';

const rolesOf = (id: (typeof CONSOLE_AREAS)[number]['id']) =>
  CONSOLE_AREAS.find((area) => area.id === id)?.roles ?? [];

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    canActivate: [guestOnly('/')],
    title: 'common.signIn',
    loadComponent: () => import('./auth/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'forgot-password',
    canActivate: [guestOnly('/')],
    title: 'recovery.title',
    loadComponent: () => import('./auth/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    // Reset links from the mail land here; the secret is in the fragment.
    path: 'reset-password',
    title: 'recovery.newPasswordTitle',
    loadComponent: () => import('./auth/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'accept-invitation',
    title: 'acceptInvitation.title',
    loadComponent: () =>
      import('./auth/accept-invitation.page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: '',
    canActivate: [signedIn('/sign-in'), hasRole(STAFF_ROLES, '/sign-in')],
    loadComponent: () => import('./shell/shell.component').then((m) => m.ShellComponent),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'console.nav.home',
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'cohorts',
        canActivate: [hasRole(rolesOf('cohorts'))],
        title: 'cohorts.title',
        loadComponent: () => import('./cohorts/cohorts.page').then((m) => m.CohortsPage),
      },
      {
        // Before `cohorts/:cohortId`, which would take `outcomes` for a cohort's id.
        path: 'cohorts/outcomes',
        canActivate: [hasRole(rolesOf('cohorts'))],
        title: 'hiring.outcomes',
        loadComponent: () => import('./cohorts/outcomes.page').then((m) => m.OutcomesPage),
      },
      {
        path: 'cohorts/:cohortId',
        canActivate: [hasRole(rolesOf('cohorts'))],
        title: 'cohorts.title',
        loadComponent: () => import('./cohorts/cohort.page').then((m) => m.CohortPage),
      },
      {
        path: 'review',
        canActivate: [hasRole(rolesOf('review'))],
        title: 'review.title',
        loadComponent: () => import('./review/review.page').then((m) => m.ReviewPage),
      },
      {
        path: 'review/:submissionId',
        canActivate: [hasRole(rolesOf('review'))],
        title: 'review.submissionTitle',
        loadComponent: () => import('./review/submission.page').then((m) => m.SubmissionPage),
      },
      {
        path: 'courses',
        canActivate: [hasRole(rolesOf('courses'))],
        loadChildren: () => import('./courses/courses.routes').then((m) => m.COURSES_ROUTES),
      },
      {
        path: 'assessment',
        canActivate: [hasRole(rolesOf('assessment'))],
        loadChildren: () =>
          import('./assessment/assessment.routes').then((m) => m.ASSESSMENT_ROUTES),
      },
      {
        path: 'organisations',
        canActivate: [hasRole(rolesOf('organisations'))],
        title: 'org.title',
        loadComponent: () =>
          import('./organisations/organisations.page').then((m) => m.OrganisationsPage),
      },
      {
        path: 'organisations/:organisationId',
        canActivate: [hasRole(rolesOf('organisations'))],
        title: 'org.detailTitle',
        loadComponent: () =>
          import('./organisations/organisation.page').then((m) => m.OrganisationPage),
      },
      {
        path: 'organisations/:organisationId/jobs',
        canActivate: [hasRole(rolesOf('organisations'))],
        loadChildren: () => import('./jobs/jobs.routes').then((m) => m.JOBS_ROUTES),
      },
      {
        path: 'invitations',
        canActivate: [hasRole(rolesOf('invitations'))],
        title: 'invitations.title',
        loadComponent: () =>
          import('./invitations/invitations.page').then((m) => m.InvitationsPage),
      },
      {
        path: 'accounts',
        canActivate: [hasRole(rolesOf('accounts'))],
        title: 'accounts.title',
        loadComponent: () => import('./accounts/accounts.page').then((m) => m.AccountsPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
