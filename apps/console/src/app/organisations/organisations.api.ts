import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreatedInvitationResponse,
  CreateOrganisationRequest,
  InviteEmployerRequest,
  OrganisationDetail,
  OrganisationSummary,
} from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/** Partner organisations as the console uses them: admins manage all, employers their own. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  /** Every organisation for an admin; an employer's own (at most one). */
  list(): Promise<OrganisationSummary[]> {
    return firstValueFrom(this.http.get<OrganisationSummary[]>('/api/organisations'));
  }

  organisation(id: string): Promise<OrganisationDetail> {
    return firstValueFrom(this.http.get<OrganisationDetail>(`/api/organisations/${id}`));
  }

  /** Admins only. */
  create(request: CreateOrganisationRequest): Promise<OrganisationDetail> {
    return firstValueFrom(this.http.post<OrganisationDetail>('/api/organisations', request));
  }

  /** Admins and the organisation's owners; the answer holds the only copy of the link. */
  inviteEmployer(id: string, request: InviteEmployerRequest): Promise<CreatedInvitationResponse> {
    return firstValueFrom(
      this.http.post<CreatedInvitationResponse>(`/api/organisations/${id}/employers`, request),
    );
  }
}
