import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { type AccountView, type Page, type Role, ROLES } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { formatDate } from '../shared/format';

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
  /** The home page links here with a role to show (`?role=mentor`). */
  protected readonly role = signal<Role | ''>(roleIn(inject(ActivatedRoute)));
  protected readonly page = signal(1);
  /** What the list shows: set when the search settles, the role or the page changes. */
  private readonly query = signal({ page: 1, search: '', role: this.role() });
  private readonly list = loadLatest({
    params: () => this.query(),
    load: ({ page, search, role }) => {
      let params = new HttpParams().set('page', page).set('pageSize', PAGE_SIZE);
      if (search) params = params.set('search', search);
      if (role) params = params.set('role', role);
      return firstValueFrom(this.http.get<Page<AccountView>>('/api/accounts', { params }));
    },
    // While a search is typed, the last list stays until the next one comes.
    keep: true,
  });
  protected readonly result = this.list.value;
  protected readonly error = this.list.error;
  protected readonly pages = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  protected roleLabel(role: string): MessageKey {
    return `roles.${role}` as MessageKey;
  }

  protected statusLabel(status: string): MessageKey {
    return `accounts.status.${status}` as MessageKey;
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
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
    this.query.set({ page, search: this.search().trim(), role: this.role() });
  }
}

function roleIn(route: ActivatedRoute): Role | '' {
  const role = route.snapshot.queryParamMap.get('role');
  return ROLES.includes(role as Role) ? (role as Role) : '';
}
