import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AnswerRequest,
  AssessmentOverview,
  AttemptView,
  IntakeProfile,
  IntakeRequest,
  LanguageCode,
} from '@passerelle/contracts';
import { problemOf } from '@passerelle/web-auth';
import { firstValueFrom } from 'rxjs';

/** The skills check as the learner uses it: the intake, the attempt and its result. */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly http = inject(HttpClient);

  overview(): Promise<AssessmentOverview> {
    return firstValueFrom(this.http.get<AssessmentOverview>('/api/assessment/me'));
  }

  saveIntake(intake: IntakeRequest): Promise<IntakeProfile> {
    return firstValueFrom(this.http.put<IntakeProfile>('/api/assessment/me/intake', intake));
  }

  /** Starts a test, or returns the one in progress (same item) when there is one. */
  start(language: LanguageCode): Promise<AttemptView> {
    return firstValueFrom(this.http.post<AttemptView>('/api/assessment/attempts', { language }));
  }

  attempt(id: string): Promise<AttemptView> {
    return firstValueFrom(this.http.get<AttemptView>(`/api/assessment/attempts/${id}`));
  }

  answer(id: string, answer: AnswerRequest): Promise<AttemptView> {
    return firstValueFrom(
      this.http.post<AttemptView>(`/api/assessment/attempts/${id}/answers`, answer),
    );
  }

  changeLanguage(id: string, language: LanguageCode): Promise<AttemptView> {
    return firstValueFrom(
      this.http.put<AttemptView>(`/api/assessment/attempts/${id}/language`, { language }),
    );
  }
}

/** The assessment problems the pages handle themselves (the last part of the problem type). */
export type AssessmentProblem =
  | 'intake-required'
  | 'retake-cooldown'
  | 'not-current-item'
  | 'attempt-expired';

const HANDLED: readonly AssessmentProblem[] = [
  'intake-required',
  'retake-cooldown',
  'not-current-item',
  'attempt-expired',
];

/** Which of the assessment's own problems `error` is, if any. */
export function assessmentProblem(error: unknown): AssessmentProblem | null {
  const type = problemOf(error)?.type ?? '';
  return HANDLED.find((name) => type.endsWith(name)) ?? null;
}

/** The end of a retake cooldown that a 409 `retake-cooldown` problem carries. */
export function retakeAvailableAtOf(error: unknown): string | null {
  const problem = problemOf(error) as { retakeAvailableAt?: unknown } | null;
  return typeof problem?.retakeAvailableAt === 'string' ? problem.retakeAvailableAt : null;
}
