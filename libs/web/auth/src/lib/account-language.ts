import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AccountView, LanguageCode } from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

import { Session } from './session';

/**
 * The signed-in account's language follows the one the person reads: chosen on the sign-in
 * page (that choice wins over what the account had) or changed later, it is saved to the
 * account so that it is known on the server too.
 */
@Injectable({ providedIn: 'root' })
export class AccountLanguage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);

  /** Saves `language` unless the account has it already; offline, it is tried at the next change. */
  async keep(language: LanguageCode): Promise<void> {
    const account = this.session.account();
    if (!account || account.preferredLanguage === language) return;
    try {
      // The session takes the answer, so that switching back later is sent too.
      this.session.updateAccount(
        await firstValueFrom(
          this.http.patch<AccountView>('/api/accounts/me', { preferredLanguage: language }),
        ),
      );
    } catch {
      // The page stays in the chosen language; only the account keeps the old one for now.
    }
  }
}
