import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role, SessionResponse } from '@passerelle/contracts';
import { provideSession, Session } from '@passerelle/web-auth';

import { ShellComponent } from './shell.component';

async function renderAs(role: Role): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [ShellComponent],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideSession({ storageKey: 'test.console' }),
    ],
  });
  const signingIn = TestBed.inject(Session).signIn({ identifier: 'x', password: 'y' });
  TestBed.inject(HttpTestingController)
    .expectOne('/api/auth/sign-in')
    .flush({
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
  const fixture = TestBed.createComponent(ShellComponent);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const navIds = (element: HTMLElement) =>
  [...element.querySelectorAll('nav a')].map((a) => a.getAttribute('data-testid'));

describe('ShellComponent', () => {
  beforeEach(() => localStorage.clear());

  it('shows an admin every area', async () => {
    expect(navIds(await renderAs('admin'))).toEqual([
      'nav-home',
      'nav-courses',
      'nav-cohorts',
      'nav-review',
      'nav-assessment',
      'nav-organisations',
      'nav-invitations',
      'nav-accounts',
    ]);
  });

  it('shows a mentor courses, cohorts, review and assessment', async () => {
    expect(navIds(await renderAs('mentor'))).toEqual([
      'nav-home',
      'nav-courses',
      'nav-cohorts',
      'nav-review',
      'nav-assessment',
    ]);
  });

  it('shows an employer only what it may use', async () => {
    expect(navIds(await renderAs('employer'))).toEqual(['nav-home', 'nav-organisations']);
  });
});
