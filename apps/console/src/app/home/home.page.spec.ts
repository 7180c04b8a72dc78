import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { EmployerHome, MentorHome, Role, SessionResponse } from '@passerelle/contracts';
import { provideSession, Session } from '@passerelle/web-auth';

import { HomePage } from './home.page';

const MENTOR_HOME: MentorHome = {
  cohorts: 1,
  learners: 3,
  helpRequests: 2,
  submissionsToReview: 5,
  recentAssessments: 1,
  stuck: [
    {
      learner: { id: 'l1', displayName: 'Olena' },
      cohortId: 'c1',
      reason: 'failing',
      courseId: 'k1',
      itemId: 'i1',
      itemTitle: 'Hours to minutes',
      failures: 3,
      lastActiveAt: '2026-12-01T10:00:00Z',
    },
  ],
  inactive: [
    {
      learner: { id: 'l2', displayName: 'Samir' },
      cohortId: 'c1',
      reason: 'inactive',
      courseId: null,
      itemId: null,
      itemTitle: null,
      failures: 0,
      lastActiveAt: null,
    },
  ],
};

const EMPLOYER_HOME: EmployerHome = {
  organisations: [{ id: 'o1', name: 'Atelier' }],
  newApplications: [
    {
      id: 'a1',
      organisationId: 'o1',
      jobId: 'j1',
      jobTitle: 'Website content assistant',
      learner: { id: 'l1', displayName: 'Olena' },
      createdAt: '2026-12-06T10:00:00Z',
    },
  ],
  openJobs: [
    {
      id: 'j1',
      organisationId: 'o1',
      title: 'Website content assistant',
      candidates: 2,
      newApplications: 1,
    },
  ],
};

async function renderAs(role: Role) {
  TestBed.configureTestingModule({
    imports: [HomePage],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideSession({ storageKey: 'test.console' }),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signingIn = TestBed.inject(Session).signIn({ identifier: 'x', password: 'y' });
  http.expectOne('/api/auth/sign-in').flush({
    accessToken: 'a',
    accessTokenExpiresIn: 900,
    refreshToken: 'r',
    refreshTokenExpiresAt: '2030-01-01T00:00:00Z',
    account: {
      id: '1',
      email: 'x@example.org',
      username: null,
      displayName: 'X',
      role,
      status: 'active',
      preferredLanguage: 'en',
      createdAt: '2026-01-01T00:00:00Z',
    },
  } satisfies SessionResponse);
  await signingIn;
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  // The answer arrives through a promise: let it land, then render.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { settle, http, element: fixture.nativeElement as HTMLElement };
}

describe('HomePage', () => {
  beforeEach(() => localStorage.clear());

  it('shows a mentor what waits, with links to the filtered review feed and the cohort', async () => {
    const { settle, http, element } = await renderAs('mentor');
    http
      .expectOne((r) => r.url === '/api/home/mentor' && r.params.get('lang') === 'en')
      .flush(MENTOR_HOME);
    http.expectNone('/api/home/employer');
    await settle();
    const help = element.querySelector('[data-testid="home-help"]') as HTMLAnchorElement;
    expect(help.textContent).toContain('2');
    expect(help.getAttribute('href')).toBe('/review?status=needs-help');
    const stuck = element.querySelector('[data-testid="home-stuck"]') as HTMLElement;
    expect(stuck.textContent).toContain('3 failed tries on “Hours to minutes”, no pass yet');
    expect(stuck.querySelectorAll('a')[1].getAttribute('href')).toBe(
      '/review?courseId=k1&itemId=i1&cohortId=c1',
    );
    const inactive = element.querySelector('[data-testid="home-inactive"]') as HTMLElement;
    expect(inactive.textContent).toContain('Nothing done since joining the cohort');
    expect(inactive.querySelectorAll('a')[1].getAttribute('href')).toBe('/cohorts/c1');
    expect(element.textContent).not.toContain('will appear');
  });

  it('shows an employer new applications and open jobs, leading to the pipeline', async () => {
    const { settle, http, element } = await renderAs('employer');
    http.expectOne('/api/home/employer').flush(EMPLOYER_HOME);
    http.expectNone((r) => r.url === '/api/home/mentor');
    await settle();
    const applications = element.querySelector('[data-testid="home-applications"]') as HTMLElement;
    expect(applications.textContent).toContain('Olena applied to “Website content assistant”');
    expect(applications.querySelector('a')?.getAttribute('href')).toBe(
      '/organisations/o1/jobs/j1/pipeline',
    );
    const jobs = element.querySelector('[data-testid="home-jobs"]') as HTMLElement;
    expect(jobs.querySelector('th a')?.getAttribute('href')).toBe(
      '/organisations/o1/jobs/j1/candidates',
    );
  });

  it('says what went wrong when the home cannot load', async () => {
    const { settle, http, element } = await renderAs('admin');
    http
      .expectOne('/api/home/admin')
      .flush(
        { type: 'urn:passerelle:problem:forbidden', title: 'Forbidden', status: 403 },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
  });
});
