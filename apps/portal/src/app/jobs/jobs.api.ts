import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { JobMatchView, MyApplication } from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/** The learner's side of placement: open jobs matched to them, and their applications. */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  /** Open jobs, best match first. */
  matches(): Promise<JobMatchView[]> {
    return firstValueFrom(this.http.get<JobMatchView[]>('/api/me/jobs'));
  }

  apply(jobId: string, message: string): Promise<MyApplication> {
    return firstValueFrom(
      this.http.post<MyApplication>(`/api/jobs/${jobId}/applications`, { message }),
    );
  }

  applications(): Promise<MyApplication[]> {
    return firstValueFrom(this.http.get<MyApplication[]>('/api/me/applications'));
  }

  answerInvitation(applicationId: string, accept: boolean): Promise<MyApplication> {
    return firstValueFrom(
      this.http.post<MyApplication>(`/api/me/applications/${applicationId}/invitation`, {
        accept,
      }),
    );
  }

  withdraw(applicationId: string): Promise<MyApplication> {
    return firstValueFrom(
      this.http.post<MyApplication>(`/api/me/applications/${applicationId}/withdraw`, {}),
    );
  }
}
