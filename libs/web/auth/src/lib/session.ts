import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  computed,
  inject,
  Injectable,
  InjectionToken,
  makeEnvironmentProviders,
  signal,
} from '@angular/core';
import type {
  AcceptInvitationRequest,
  AccountView,
  PasswordResetWithCodeRequest,
  PasswordResetWithLinkRequest,
  Role,
  SessionResponse,
  SignInRequest,
  SignUpRequest,
} from '@passerelle/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

export interface SessionOptions {
  /** Where this app keeps its refresh token; the portal and console keep separate sessions. */
  storageKey: string;
}

export const SESSION_OPTIONS = new InjectionToken<SessionOptions>('SESSION_OPTIONS');

export function provideSession(options: SessionOptions) {
  return makeEnvironmentProviders([{ provide: SESSION_OPTIONS, useValue: options }]);
}

/**
 * The signed-in account of this app. The access token lives in memory only; the rotating
 * refresh token is kept in local storage so that a learner stays signed in on their phone,
 * and is replaced on every refresh.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly storageKey = inject(SESSION_OPTIONS).storageKey;
  private readonly state = signal<{ account: AccountView; accessToken: string } | null>(null);
  private refreshing: Promise<boolean> | null = null;
  private restored: Promise<boolean> | null = null;

  readonly account = computed(() => this.state()?.account ?? null);
  readonly signedIn = computed(() => this.state() !== null);
  readonly role = computed<Role | null>(() => this.state()?.account.role ?? null);

  accessToken(): string | null {
    return this.state()?.accessToken ?? null;
  }

  signIn(request: SignInRequest): Promise<AccountView> {
    return this.start(this.http.post<SessionResponse>('/api/auth/sign-in', request));
  }

  signUp(request: SignUpRequest): Promise<AccountView> {
    return this.start(this.http.post<SessionResponse>('/api/auth/sign-up', request));
  }

  acceptInvitation(request: AcceptInvitationRequest): Promise<AccountView> {
    return this.start(this.http.post<SessionResponse>('/api/invitations/accept', request));
  }

  /** Asks for a reset link by email; the answer is the same whether or not the account exists. */
  async requestPasswordReset(email: string): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/password-reset', { email }));
  }

  /** Sets a new password with a reset link's secret; every other session ends, this one starts. */
  resetPasswordWithLink(request: PasswordResetWithLinkRequest): Promise<AccountView> {
    return this.start(this.http.post<SessionResponse>('/api/auth/password-reset/link', request));
  }

  /** Sets a new password with a code from a mentor; every other session ends, this one starts. */
  resetPasswordWithCode(request: PasswordResetWithCodeRequest): Promise<AccountView> {
    return this.start(this.http.post<SessionResponse>('/api/auth/password-reset/code', request));
  }

  async signOut(): Promise<void> {
    const refreshToken = this.storedRefreshToken();
    this.clear();
    if (refreshToken) {
      await firstValueFrom(this.http.post('/api/auth/sign-out', { refreshToken })).catch(
        () => undefined,
      );
    }
  }

  /** Once per page load: resumes a stored session, if any (tried again after a network error). */
  async restore(): Promise<boolean> {
    this.restored ??= this.storedRefreshToken() ? this.refresh() : Promise.resolve(false);
    const restored = await this.restored;
    if (!restored && this.storedRefreshToken()) this.restored = null;
    return restored;
  }

  /**
   * Trades the refresh token for a new pair. Concurrent callers in this tab share one request,
   * and tabs take turns (a Web Lock), each reading the newest token inside its turn: two tabs
   * never present the same token, which the API would take for theft.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.inTurn(() => this.doRefresh()).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Takes the account as the server returned it after a change (e.g. its language). */
  updateAccount(account: AccountView): void {
    this.state.update((state) =>
      state?.account.id === account.id ? { ...state, account } : state,
    );
  }

  /** Forgets the session locally, e.g. when the server no longer accepts it. */
  clear(): void {
    this.state.set(null);
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      // Nothing stored, nothing to remove.
    }
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? (locks.request(`${this.storageKey}.refresh`, work) as Promise<T>) : work();
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.storedRefreshToken();
    if (!refreshToken) return false;
    try {
      await this.start(this.http.post<SessionResponse>('/api/auth/refresh', { refreshToken }));
      return true;
    } catch (error) {
      // Only the API's refusal ends the session; a lost connection or a busy server does not.
      // Another tab may have stored a newer token meanwhile: that one stays.
      const refused =
        error instanceof HttpErrorResponse && (error.status === 401 || error.status === 400);
      if (refused && this.storedRefreshToken() === refreshToken) this.clear();
      return false;
    }
  }

  private async start(response: Observable<SessionResponse>): Promise<AccountView> {
    const session = await firstValueFrom(response);
    this.state.set({ account: session.account, accessToken: session.accessToken });
    try {
      localStorage.setItem(this.storageKey, session.refreshToken);
    } catch {
      // Without storage the session lasts until the page is closed.
    }
    return session.account;
  }

  private storedRefreshToken(): string | null {
    try {
      return localStorage.getItem(this.storageKey);
    } catch {
      return null;
    }
  }
}
