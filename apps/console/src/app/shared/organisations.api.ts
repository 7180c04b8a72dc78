import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CandidateMatch,
  CandidateProfileView,
  CourseView,
  CreatedInvitationResponse,
  CreateOrganisationRequest,
  InviteEmployerRequest,
  JobRequest,
  JobStatus,
  JobView,
  LanguageCode,
  MoveStageRequest,
  NoteView,
  OrganisationDetail,
  OrganisationSummary,
  PipelineEntry,
  UpdateJobRequest,
} from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Partner organisations as the console uses them: admins manage all, employers their own; and
 * their job postings, with the candidates for each job, its hiring pipeline and the notes.
 */
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

  /** Newest first. */
  jobs(organisationId: string): Promise<JobView[]> {
    return firstValueFrom(this.http.get<JobView[]>(`/api/organisations/${organisationId}/jobs`));
  }

  /** A new job starts as a draft. */
  createJob(organisationId: string, request: JobRequest): Promise<JobView> {
    return firstValueFrom(
      this.http.post<JobView>(`/api/organisations/${organisationId}/jobs`, request),
    );
  }

  job(id: string): Promise<JobView> {
    return firstValueFrom(this.http.get<JobView>(`/api/jobs/${id}`));
  }

  updateJob(id: string, changes: UpdateJobRequest): Promise<JobView> {
    return firstValueFrom(this.http.patch<JobView>(`/api/jobs/${id}`, changes));
  }

  changeJobStatus(id: string, status: JobStatus): Promise<JobView> {
    return firstValueFrom(this.http.post<JobView>(`/api/jobs/${id}/status`, { status }));
  }

  /** Published courses (for employers, the only ones listed): what requirements may name. */
  courses(lang: LanguageCode): Promise<CourseView[]> {
    return firstValueFrom(this.http.get<CourseView[]>('/api/courses', { params: { lang } }));
  }

  /** Candidates open to work, best match first; `query` holds the filters that are set. */
  candidates(jobId: string, query: Record<string, string>): Promise<CandidateMatch[]> {
    return firstValueFrom(
      this.http.get<CandidateMatch[]>(`/api/jobs/${jobId}/candidates`, { params: query }),
    );
  }

  /** What the candidate shares; the API records the look, and the candidate sees it. */
  candidate(jobId: string, learnerId: string, lang: LanguageCode): Promise<CandidateProfileView> {
    return firstValueFrom(
      this.http.get<CandidateProfileView>(`/api/jobs/${jobId}/candidates/${learnerId}`, {
        params: { lang },
      }),
    );
  }

  /** Everyone in the job's pipeline (withdrawn applications are gone), oldest first. */
  pipeline(jobId: string): Promise<PipelineEntry[]> {
    return firstValueFrom(this.http.get<PipelineEntry[]>(`/api/jobs/${jobId}/pipeline`));
  }

  /** Shortlists a candidate open to work; the job must be open (else 409). */
  shortlist(jobId: string, learnerId: string): Promise<PipelineEntry> {
    return firstValueFrom(
      this.http.post<PipelineEntry>(`/api/jobs/${jobId}/pipeline`, { learnerId }),
    );
  }

  /** One stage on, or rejected with a reason, as `mayMoveStage` allows (else 409). */
  moveStage(applicationId: string, request: MoveStageRequest): Promise<PipelineEntry> {
    return firstValueFrom(
      this.http.post<PipelineEntry>(`/api/applications/${applicationId}/stage`, request),
    );
  }

  /** The organisation's notes on a candidate, oldest first. */
  notes(jobId: string, learnerId: string): Promise<NoteView[]> {
    return firstValueFrom(
      this.http.get<NoteView[]>(`/api/jobs/${jobId}/candidates/${learnerId}/notes`),
    );
  }

  /** Answers with all the notes, the new one last. */
  addNote(jobId: string, learnerId: string, body: string): Promise<NoteView[]> {
    return firstValueFrom(
      this.http.post<NoteView[]>(`/api/jobs/${jobId}/candidates/${learnerId}/notes`, { body }),
    );
  }
}
