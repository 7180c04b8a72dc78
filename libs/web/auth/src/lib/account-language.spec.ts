import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AccountView } from '@passerelle/contracts';

import { AccountLanguage } from './account-language';
import { authInterceptor } from './auth.interceptor';
import { provideSession, Session } from './session';

const ACCOUNT: AccountView = {
  id: 'a1',
  email: null,
  username: 'amina',
  displayName: 'Amina',
  role: 'learner',
  status: 'active',
  preferredLanguage: 'fr',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('AccountLanguage', () => {
  let http: HttpTestingController;
  let session: Session;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideSession({ storageKey: 'test.session' }),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    const signingIn = session.signIn({ identifier: 'amina', password: 'secret123' });
    http.expectOne('/api/auth/sign-in').flush({
      accessToken: 'access',
      accessTokenExpiresIn: 900,
      refreshToken: 'refresh',
      refreshTokenExpiresAt: '2030-01-01T00:00:00.000Z',
      account: ACCOUNT,
    });
    await signingIn;
  });

  afterEach(() => http.verify());

  it('saves the language the person chose over the one the account had', async () => {
    const keeping = TestBed.inject(AccountLanguage).keep('ar');
    const patch = http.expectOne('/api/accounts/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ preferredLanguage: 'ar' });
    patch.flush({ ...ACCOUNT, preferredLanguage: 'ar' });
    await keeping;
    expect(session.account()?.preferredLanguage).toBe('ar');
  });

  it('sends nothing when the account has it already, and survives being offline', async () => {
    await TestBed.inject(AccountLanguage).keep('fr');
    http.expectNone('/api/accounts/me');
    const keeping = TestBed.inject(AccountLanguage).keep('en');
    http.expectOne('/api/accounts/me').error(new ProgressEvent('offline'));
    await expect(keeping).resolves.toBeUndefined();
    expect(session.account()?.preferredLanguage).toBe('fr');
  });
});
