import type { Route } from '@angular/router';
import { guestOnly, signedIn } from '@passerelle/web-auth';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [guestOnly('/dashboard')],
    loadComponent: () => import('./welcome/welcome.page').then((m) => m.WelcomePage),
  },
  {
    path: 'sign-in',
    canActivate: [guestOnly('/dashboard')],
    title: 'common.signIn',
    loadComponent: () => import('./auth/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'sign-up',
    canActivate: [guestOnly('/dashboard')],
    title: 'common.signUp',
    loadComponent: () => import('./auth/sign-up.page').then((m) => m.SignUpPage),
  },
  {
    path: 'forgot-password',
    canActivate: [guestOnly('/dashboard')],
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
    path: 'reset-with-code',
    title: 'recovery.codeTitle',
    loadComponent: () => import('./auth/reset-with-code.page').then((m) => m.ResetWithCodePage),
  },
  {
    path: 'dashboard',
    canActivate: [signedIn('/sign-in')],
    title: 'dashboard.title',
    loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  {
    path: 'courses',
    canActivate: [signedIn('/sign-in')],
    title: 'courses.title',
    loadComponent: () => import('./courses/catalogue.page').then((m) => m.CataloguePage),
  },
  {
    path: 'courses/:courseId',
    canActivate: [signedIn('/sign-in')],
    title: 'courses.title',
    loadComponent: () => import('./courses/outline.page').then((m) => m.OutlinePage),
  },
  {
    path: 'courses/:courseId/items/:itemId',
    canActivate: [signedIn('/sign-in')],
    title: 'courses.title',
    loadComponent: () => import('./courses/item.page').then((m) => m.ItemPage),
  },
  {
    path: 'assessment',
    canActivate: [signedIn('/sign-in')],
    title: 'assessment.title',
    loadComponent: () => import('./assessment/start.page').then((m) => m.AssessmentStartPage),
  },
  {
    path: 'assessment/attempts/:id',
    canActivate: [signedIn('/sign-in')],
    title: 'assessment.title',
    loadComponent: () => import('./assessment/attempt.page').then((m) => m.AttemptPage),
  },
  {
    path: 'assessment/result',
    canActivate: [signedIn('/sign-in')],
    title: 'result.title',
    loadComponent: () => import('./assessment/result.page').then((m) => m.ResultPage),
  },
  {
    path: 'profile',
    canActivate: [signedIn('/sign-in')],
    title: 'profile.title',
    loadChildren: () => import('./profile/profile.routes').then((m) => m.profileRoutes),
  },
  {
    path: 'jobs',
    canActivate: [signedIn('/sign-in')],
    title: 'work.title',
    loadChildren: () => import('./jobs/jobs.routes').then((m) => m.jobsRoutes),
  },
  {
    // After deleting the account, signed out: what was removed and what is kept.
    path: 'account-deleted',
    title: 'work.deleted.title',
    loadComponent: () => import('./profile/account-deleted.page').then((m) => m.AccountDeletedPage),
  },
  { path: '**', redirectTo: '' },
];
