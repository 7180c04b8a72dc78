import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ConsentRequest,
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
}
