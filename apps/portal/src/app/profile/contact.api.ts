import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ContactRequest, MyContactView } from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/** The learner's phone number and how employers may reach them once they accept an interview. */
@Injectable({ providedIn: 'root' })
export class ContactApi {
  private readonly http = inject(HttpClient);

  mine(): Promise<MyContactView> {
    return firstValueFrom(this.http.get<MyContactView>('/api/me/contact'));
  }

  /** 400 on `phone` (not in international form) or `contactVia` (a channel the learner lacks). */
  save(contact: ContactRequest): Promise<MyContactView> {
    return firstValueFrom(this.http.put<MyContactView>('/api/me/contact', contact));
  }
}
