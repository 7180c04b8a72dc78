import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { OrganisationSummary, Role, SessionResponse } from '@passerelle/contracts';
import { provideSession, Session } from '@passerelle/web-auth';

import { OrganisationsPage } from './organisations.page';

const ATELIER: OrganisationSummary = {
  id: 'o1',
  name: 'Atelier Numérique',
  description: 'Web agency in Lyon',
  memberCount: 2,
  createdAt: '2026-02-01T10:00:00Z',
};

async function renderAs(role: Role, organisations: OrganisationSummary[]) {
  TestBed.configureTestingModule({
    imports: [OrganisationsPage],
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
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(OrganisationsPage);
  http.expectOne('/api/organisations').flush(organisations);
  await fixture.whenStable();
  return { element: fixture.nativeElement as HTMLElement, navigate };
}

describe('OrganisationsPage', () => {
  beforeEach(() => localStorage.clear());

  it('takes an employer straight to their organisation, in place of this page', async () => {
    const { navigate } = await renderAs('employer', [ATELIER]);
    expect(navigate).toHaveBeenCalledWith(['/organisations', 'o1'], { replaceUrl: true });
  });

  it('tells an employer without an organisation that an admin will add them', async () => {
    const { element, navigate } = await renderAs('employer', []);
    expect(navigate).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="no-organisation"]')?.textContent).toContain(
      'An admin will add you',
    );
    expect(element.querySelector('form')).toBeNull();
  });

  it('shows an admin the table and the form for a new organisation', async () => {
    const { element, navigate } = await renderAs('admin', [ATELIER]);
    expect(navigate).not.toHaveBeenCalled();
    const rows = element.querySelectorAll('[data-testid="organisations-table"] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Atelier Numérique');
    expect(element.querySelector('[data-testid="create-organisation"]')).not.toBeNull();
  });
});
