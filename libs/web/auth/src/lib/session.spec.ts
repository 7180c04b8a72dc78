import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionResponse } from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

import { authInterceptor } from './auth.interceptor';
import { provideSession, Session } from './session';

const session = (n: number): SessionResponse => ({
  accessToken: `access-${n}`,
  accessTokenExpiresIn: 900,
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: '2030-01-01T00:00:00.000Z',
  account: {
    id: 'a1',
    email: 'amina@example.org',
    username: null,
    displayName: 'Amina',
    role: 'learner',
    status: 'active',
    preferredLanguage: 'en',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
});

describe('Session with the auth interceptor', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideSession({ storageKey: 'test.session' }),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('keeps the refresh token and sends the access token on API calls', async () => {
    const store = TestBed.inject(Session);
    const signingIn = store.signIn({ identifier: 'amina@example.org', password: 'secret123' });
    http.expectOne('/api/auth/sign-in').flush(session(1));
    await signingIn;
    expect(localStorage.getItem('test.session')).toBe('refresh-1');

    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/accounts/me'));
    const request = http.expectOne('/api/accounts/me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    request.flush({});
    await call;
  });

  it('takes an updated account for the signed-in one only', async () => {
    const store = TestBed.inject(Session);
    const signingIn = store.signIn({ identifier: 'amina@example.org', password: 'secret123' });
    http.expectOne('/api/auth/sign-in').flush(session(1));
    await signingIn;
    store.updateAccount({ ...session(1).account, preferredLanguage: 'ar' });
    expect(store.account()?.preferredLanguage).toBe('ar');
    store.updateAccount({ ...session(1).account, id: 'someone-else', preferredLanguage: 'fr' });
    expect(store.account()?.preferredLanguage).toBe('ar');
    expect(store.accessToken()).toBe('access-1');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const store = TestBed.inject(Session);
    const signingIn = store.signIn({ identifier: 'amina@example.org', password: 'secret123' });
    http.expectOne('/api/auth/sign-in').flush(session(1));
    await signingIn;

    const call = firstValueFrom(
      TestBed.inject(HttpClient).get<{ ok: boolean }>('/api/accounts/me'),
    );
    http.expectOne('/api/accounts/me').flush({}, { status: 401, statusText: 'Unauthorized' });
    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(session(2));
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    const retry = http.expectOne('/api/accounts/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: true });
    expect(await call).toEqual({ ok: true });
    expect(localStorage.getItem('test.session')).toBe('refresh-2');
  });

  it('keeps the session through a lost connection', async () => {
    localStorage.setItem('test.session', 'refresh-kept');
    const store = TestBed.inject(Session);
    const restoring = store.restore();
    http.expectOne('/api/auth/refresh').error(new ProgressEvent('error'), { status: 0 });
    expect(await restoring).toBe(false);
    expect(localStorage.getItem('test.session')).toBe('refresh-kept');
    // The next navigation tries again.
    const again = store.restore();
    http.expectOne('/api/auth/refresh').flush(session(3));
    expect(await again).toBe(true);
    expect(store.account()?.displayName).toBe('Amina');
  });

  it('forgets the session when the refresh token is refused', async () => {
    localStorage.setItem('test.session', 'refresh-old');
    const store = TestBed.inject(Session);
    const restoring = store.restore();
    http
      .expectOne('/api/auth/refresh')
      .flush({ status: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(await restoring).toBe(false);
    expect(store.signedIn()).toBe(false);
    expect(localStorage.getItem('test.session')).toBeNull();
  });
});
