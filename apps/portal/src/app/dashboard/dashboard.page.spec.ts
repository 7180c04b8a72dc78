import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  AssessmentOverview,
  AttemptView,
  JobMatchView,
  MyApplication,
  MyProfileView,
  ProfileViewEntry,
  SessionResponse,
} from '@passerelle/contracts';
import { provideSession, Session } from '@passerelle/web-auth';

import { jobMatch, myApplication } from '../jobs/jobs.fixtures';
import { profileView } from '../profile/profile.fixtures';
import { DashboardPage } from './dashboard.page';

const session: SessionResponse = {
  accessToken: 'access',
  accessTokenExpiresIn: 900,
  refreshToken: 'refresh',
  refreshTokenExpiresAt: '2030-01-01T00:00:00.000Z',
  account: {
    id: 'l1',
    email: null,
    username: 'amina',
    displayName: 'Amina',
    role: 'learner',
    status: 'active',
    preferredLanguage: 'en',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
};

const attempt = (overrides: Partial<AttemptView>): AttemptView => ({
  id: 'a1',
  status: 'in-progress',
  language: 'en',
  startedAt: '2026-01-10T10:00:00.000Z',
  expiresAt: '2026-01-17T10:00:00.000Z',
  completedAt: null,
  answered: 4,
  questionsLeft: 6,
  current: null,
  result: null,
  ...overrides,
});

const none: AssessmentOverview = {
  intake: null,
  current: null,
  latest: null,
  canStart: true,
  retakeAvailableAt: null,
  languages: ['en', 'fr', 'ar'],
  length: {
    maxQuestions: 30,
    expectedQuestions: 28,
    secondsPerQuestion: 45,
    minutes: 25,
    timeFrom: 'default',
  },
};

describe('DashboardPage: the learner’s cards', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(
    overview: AssessmentOverview,
    profile: MyProfileView = profileView(),
    views: ProfileViewEntry[] = [],
    work: { jobs: JobMatchView[]; applications: MyApplication[] } = { jobs: [], applications: [] },
  ) {
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSession({ storageKey: 'test.dashboard' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(Session).signIn({ identifier: 'amina', password: 'x' });
    http.expectOne('/api/auth/sign-in').flush(session);
    await signingIn;
    const fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
    http.expectOne('/api/assessment/me').flush(overview);
    http.expectOne((r) => r.url === '/api/me/courses').flush([]);
    http.expectOne((r) => r.url === '/api/me/feedback').flush({ entries: [], unread: 0 });
    http.expectOne((r) => r.url === '/api/me/profile').flush(profile);
    http.expectOne('/api/me/profile/views').flush(views);
    http.expectOne('/api/me/jobs').flush(work.jobs);
    http.expectOne('/api/me/applications').flush(work.applications);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const cards = () =>
      Array.from(element.querySelectorAll('.next-steps > .card')).map((c) =>
        c.getAttribute('data-testid'),
      );
    return { element, cards };
  }

  it('puts the skills check first for a new learner, with a Start button', async () => {
    const { element, cards } = await render(none);
    expect(cards()[0]).toBe('assessment-card');
    const start = element.querySelector('[data-testid="assessment-start"]');
    expect(start?.getAttribute('href')).toBe('/assessment');
    expect(element.textContent).not.toContain('Coming soon');
    // How long it takes, honestly: the engine's estimate, not "a short test".
    expect(element.querySelector('[data-testid="assessment-intro"]')?.textContent).toContain(
      'It takes about 25 minutes.',
    );
  });

  it('offers to continue a test in progress', async () => {
    const { element, cards } = await render({ ...none, canStart: false, current: attempt({}) });
    expect(cards()[0]).toBe('assessment-card');
    expect(element.querySelector('[data-testid="assessment-continue"]')?.getAttribute('href')).toBe(
      '/assessment/attempts/a1',
    );
    expect(element.textContent).toContain('About 6 questions left');
  });

  it('links to the result once the test is done, after the courses', async () => {
    const latest = attempt({
      status: 'completed',
      completedAt: '2026-01-10T10:30:00.000Z',
      questionsLeft: 0,
      result: {
        overall: { theta: 0, se: 0.4, level: 3, group: 'intermediate', answered: 12 },
        areas: {} as NonNullable<AttemptView['result']>['areas'],
        recommendations: [],
        override: null,
      },
    });
    const { element, cards } = await render({ ...none, canStart: false, latest });
    expect(cards()[0]).not.toBe('assessment-card');
    expect(element.querySelector('[data-testid="assessment-result"]')?.getAttribute('href')).toBe(
      '/assessment/result',
    );
  });

  it('says whether employers can see the profile, and how often they looked', async () => {
    const { element } = await render(none);
    const card = element.querySelector('[data-testid="profile-card"]');
    expect(card?.querySelector('[data-testid="profile-state"]')?.textContent).toContain(
      'Private: employers cannot see your profile.',
    );
    expect(card?.querySelector('[data-testid="profile-views"]')?.textContent).toContain(
      'No employer has looked at your profile yet.',
    );
    expect(card?.querySelector('[data-testid="open-profile"]')?.getAttribute('href')).toBe(
      '/profile',
    );
    expect(element.textContent).not.toContain('Later, you can show your skills');
  });

  it('counts the parts shared and the views of an open profile', async () => {
    const view: ProfileViewEntry = {
      viewer: { id: 'e1', displayName: 'Emma Employer' },
      organisation: { id: 'o1', name: 'Atelier Numérique Lyon' },
      job: { id: 'j1', title: 'Junior web developer' },
      at: '2026-03-02T09:00:00.000Z',
    };
    const { element } = await render(
      none,
      profileView({ consent: { openToWork: true, sections: ['assessment', 'about'] } }),
      [view, view],
    );
    expect(element.querySelector('[data-testid="profile-state"]')?.textContent).toContain(
      'Open to work: you share 2 of 9 parts.',
    );
    expect(element.querySelector('[data-testid="profile-views"]')?.textContent).toContain(
      'Profile views: 2',
    );
  });

  it('counts the open jobs and the interview invitations waiting for an answer', async () => {
    const { element } = await render(none, profileView(), [], {
      jobs: [jobMatch(), jobMatch({ jobId: 'j2' }), jobMatch({ jobId: 'j3' })],
      applications: [
        myApplication({ stage: 'invited' }),
        myApplication({ id: 'a2', stage: 'invited', invitationResponse: 'declined' }),
        myApplication({ id: 'a3', stage: 'shortlisted' }),
      ],
    });
    const card = element.querySelector('[data-testid="jobs-card"]');
    expect(card?.querySelector('[data-testid="jobs-count"]')?.textContent).toContain(
      'Open jobs for you: 3',
    );
    expect(card?.querySelector('[data-testid="jobs-invitations"]')?.textContent).toContain(
      'Interviews to answer: 1',
    );
    expect(card?.querySelector('[data-testid="open-jobs"]')?.getAttribute('href')).toBe('/jobs');
  });

  it('says nothing of invitations when none waits', async () => {
    const { element } = await render(none);
    expect(element.querySelector('[data-testid="jobs-count"]')?.textContent).toContain(
      'Open jobs for you: 0',
    );
    expect(element.querySelector('[data-testid="jobs-invitations"]')).toBeNull();
  });
});
