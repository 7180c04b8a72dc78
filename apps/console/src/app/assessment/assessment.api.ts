import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssessedLearner,
  AssessmentItemDetail,
  AssessmentItemRequest,
  AttemptReview,
  BankVersionDetail,
  BankVersionSummary,
  CalibrationStarted,
  CohortSummary,
  CourseView,
  ItemBankView,
  LanguageCode,
  LearnerAssessment,
  OverridePlacementRequest,
  ServedItem,
  UpdateAssessmentItemRequest,
} from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/** The assessment API as mentors and admins use it: learners' results and the item bank. */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly http = inject(HttpClient);

  learners(cohortId?: string): Promise<AssessedLearner[]> {
    return firstValueFrom(
      this.http.get<AssessedLearner[]>('/api/assessment/learners', {
        params: cohortId ? { cohortId } : {},
      }),
    );
  }

  learner(learnerId: string): Promise<LearnerAssessment> {
    return firstValueFrom(
      this.http.get<LearnerAssessment>(`/api/assessment/learners/${learnerId}`),
    );
  }

  review(attemptId: string): Promise<AttemptReview> {
    return firstValueFrom(
      this.http.get<AttemptReview>(`/api/assessment/attempts/${attemptId}/review`),
    );
  }

  /** Sets the attempt aside: the learner may take the test again at once. */
  reset(attemptId: string): Promise<AttemptReview> {
    return firstValueFrom(
      this.http.post<AttemptReview>(`/api/assessment/attempts/${attemptId}/reset`, {}),
    );
  }

  overridePlacement(attemptId: string, request: OverridePlacementRequest): Promise<AttemptReview> {
    return firstValueFrom(
      this.http.put<AttemptReview>(`/api/assessment/attempts/${attemptId}/placement`, request),
    );
  }

  /** Back to the computed recommendations. */
  removeOverride(attemptId: string): Promise<AttemptReview> {
    return firstValueFrom(
      this.http.delete<AttemptReview>(`/api/assessment/attempts/${attemptId}/placement`),
    );
  }

  items(): Promise<ItemBankView> {
    return firstValueFrom(this.http.get<ItemBankView>('/api/assessment/items'));
  }

  item(itemId: string): Promise<AssessmentItemDetail> {
    return firstValueFrom(this.http.get<AssessmentItemDetail>(`/api/assessment/items/${itemId}`));
  }

  createItem(request: AssessmentItemRequest): Promise<AssessmentItemDetail> {
    return firstValueFrom(this.http.post<AssessmentItemDetail>('/api/assessment/items', request));
  }

  updateItem(itemId: string, changes: UpdateAssessmentItemRequest): Promise<AssessmentItemDetail> {
    return firstValueFrom(
      this.http.patch<AssessmentItemDetail>(`/api/assessment/items/${itemId}`, changes),
    );
  }

  setRetired(itemId: string, retired: boolean): Promise<AssessmentItemDetail> {
    const action = retired ? 'retire' : 'restore';
    return firstValueFrom(
      this.http.post<AssessmentItemDetail>(`/api/assessment/items/${itemId}/${action}`, {}),
    );
  }

  /** The item as a learner would see it, in `language` (or its fallback). */
  preview(itemId: string, language: LanguageCode): Promise<ServedItem> {
    return firstValueFrom(
      this.http.get<ServedItem>(`/api/assessment/items/${itemId}/preview`, {
        params: { language },
      }),
    );
  }

  versions(): Promise<BankVersionSummary[]> {
    return firstValueFrom(this.http.get<BankVersionSummary[]>('/api/assessment/versions'));
  }

  version(versionId: string): Promise<BankVersionDetail> {
    return firstValueFrom(
      this.http.get<BankVersionDetail>(`/api/assessment/versions/${versionId}`),
    );
  }

  /** A proposed version becomes current (or is rejected). */
  reviewVersion(versionId: string, decision: 'apply' | 'reject'): Promise<BankVersionDetail> {
    return firstValueFrom(
      this.http.post<BankVersionDetail>(`/api/assessment/versions/${versionId}/${decision}`, {}),
    );
  }

  /** Starts a fit of the bank on the completed attempts; the proposal is listed when done. */
  calibrate(): Promise<CalibrationStarted> {
    return firstValueFrom(this.http.post<CalibrationStarted>('/api/assessment/calibrations', {}));
  }

  cohorts(): Promise<CohortSummary[]> {
    return firstValueFrom(this.http.get<CohortSummary[]>('/api/cohorts'));
  }

  /** Courses a mentor may place a learner in (titles in `lang`). */
  courses(lang: LanguageCode): Promise<CourseView[]> {
    return firstValueFrom(this.http.get<CourseView[]>('/api/courses', { params: { lang } }));
  }
}
