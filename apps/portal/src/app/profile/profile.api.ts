import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ConsentRequest,
  DeletionReport,
  LanguageCode,
  MyProfileView,
  ProfileRequest,
  ProfileViewEntry,
} from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * The learner's candidate profile: what they write, what they share, the evidence the platform
 * holds (course titles in the page's language) and who looked at it.
 */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  mine(lang: LanguageCode): Promise<MyProfileView> {
    return firstValueFrom(this.http.get<MyProfileView>('/api/me/profile', { params: { lang } }));
  }

  save(profile: ProfileRequest, lang: LanguageCode): Promise<MyProfileView> {
    return firstValueFrom(
      this.http.put<MyProfileView>('/api/me/profile', profile, { params: { lang } }),
    );
  }

  consent(consent: ConsentRequest, lang: LanguageCode): Promise<MyProfileView> {
    return firstValueFrom(
      this.http.put<MyProfileView>('/api/me/profile/consent', consent, { params: { lang } }),
    );
  }

  views(): Promise<ProfileViewEntry[]> {
    return firstValueFrom(this.http.get<ProfileViewEntry[]>('/api/me/profile/views'));
  }

  /** Everything stored about the learner, as a JSON file (through the client, so signed in). */
  exportData(): Promise<Blob> {
    return firstValueFrom(this.http.get('/api/me/export', { responseType: 'blob' }));
  }

  /** Deletes the account, confirmed with the password (400 on `password` when wrong). */
  deleteAccount(password: string): Promise<DeletionReport> {
    return firstValueFrom(this.http.post<DeletionReport>('/api/me/deletion', { password }));
  }
}
