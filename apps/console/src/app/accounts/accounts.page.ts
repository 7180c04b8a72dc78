import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { type AccountView, type Page, type Role, ROLES } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

const PAGE_SIZE = 20;

/** Admins look up accounts: search by the start of a name, email or username, filter by role. */
@Component({
  selector: 'pc-accounts-page',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accounts.page.html',
  styleUrl: '../shared/tables.css',
})
export class AccountsPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);

  protected readonly roles = ROLES;
  protected readonly search = signal('');
  protected readonly role = signal<Role | ''>('');
  protected readonly page = signal(1);
  protected readonly result = signal<Page<AccountView> | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly pages = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private latestRequest = 0;

  constructor() {
    // The home page links here with a role to show (`?role=mentor`).
    const role = inject(ActivatedRoute).snapshot.queryParamMap.get('role');
    if (ROLES.includes(role as Role)) this.role.set(role as Role);
    void this.load();
  }

  protected roleLabel(role: string): MessageKey {
    return `roles.${role}` as MessageKey;
  }

  protected statusLabel(status: string): MessageKey {
    return `accounts.status.${status}` as MessageKey;
  }

  protected date(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), { dateStyle: 'medium' }).format(
      new Date(iso),
    );
  }

  protected onSearch(value: string): void {
    this.search.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.goTo(1), 250);
  }

  protected onRole(value: string): void {
    this.role.set(value as Role | '');
    this.goTo(1);
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  private async load(): Promise<void> {
    // Only the newest request may show its answer: typing fires several, and they may cross.
    const request = ++this.latestRequest;
    let params = new HttpParams().set('page', this.page()).set('pageSize', PAGE_SIZE);
    if (this.search().trim()) params = params.set('search', this.search().trim());
    if (this.role()) params = params.set('role', this.role());
    try {
      const page = await firstValueFrom(
        this.http.get<Page<AccountView>>('/api/accounts', { params }),
      );
      if (request !== this.latestRequest) return;
      this.result.set(page);
      this.error.set(null);
    } catch (error) {
      if (request === this.latestRequest) this.error.set(explainError(error).message);
    }
  }
}
