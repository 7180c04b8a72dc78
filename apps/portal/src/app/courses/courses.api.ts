import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CourseOutline,
  CourseView,
  DraftSaved,
  ExerciseView,
  FeedbackView,
  HintsView,
  ItemView,
  LanguageCode,
  QuizResult,
  SubmissionKind,
  SubmissionView,
} from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/** The learning API as the portal uses it, in the page's language. */
@Injectable({ providedIn: 'root' })
export class CoursesApi {
  private readonly http = inject(HttpClient);

  catalogue(lang: LanguageCode): Promise<CourseView[]> {
    return firstValueFrom(this.http.get<CourseView[]>('/api/courses', { params: { lang } }));
  }

  mine(lang: LanguageCode): Promise<CourseView[]> {
    return firstValueFrom(this.http.get<CourseView[]>('/api/me/courses', { params: { lang } }));
  }

  outline(courseId: string, lang: LanguageCode): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.get<CourseOutline>(`/api/courses/${courseId}`, {
        params: new HttpParams({ fromObject: { lang } }),
      }),
    );
  }

  enrol(courseId: string): Promise<CourseOutline> {
    return firstValueFrom(this.http.post<CourseOutline>(`/api/courses/${courseId}/enrolments`, {}));
  }

  item(courseId: string, itemId: string, lang: LanguageCode): Promise<ItemView> {
    return firstValueFrom(
      this.http.get<ItemView>(`/api/courses/${courseId}/items/${itemId}`, { params: { lang } }),
    );
  }

  completeLesson(courseId: string, itemId: string): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.post<CourseOutline>(`/api/courses/${courseId}/items/${itemId}/completion`, {}),
    );
  }

  exercise(courseId: string, itemId: string, lang: LanguageCode): Promise<ExerciseView> {
    return firstValueFrom(
      this.http.get<ExerciseView>(`/api/courses/${courseId}/items/${itemId}/exercise`, {
        params: { lang },
      }),
    );
  }

  revealHint(courseId: string, itemId: string, lang: LanguageCode): Promise<HintsView> {
    return firstValueFrom(
      this.http.post<HintsView>(
        `/api/courses/${courseId}/items/${itemId}/hints`,
        {},
        { params: { lang } },
      ),
    );
  }

  submit(
    courseId: string,
    itemId: string,
    kind: SubmissionKind,
    source: string,
  ): Promise<SubmissionView> {
    return firstValueFrom(
      this.http.post<SubmissionView>(`/api/courses/${courseId}/items/${itemId}/submissions`, {
        kind,
        source,
      }),
    );
  }

  /** Keeps the learner's draft on the server, so that it follows them to other devices. */
  saveDraft(courseId: string, itemId: string, source: string): Promise<DraftSaved> {
    return firstValueFrom(
      this.http.put<DraftSaved>(`/api/courses/${courseId}/items/${itemId}/draft`, { source }),
    );
  }

  requestHelp(submissionId: string): Promise<SubmissionView> {
    return firstValueFrom(
      this.http.post<SubmissionView>(`/api/submissions/${submissionId}/help-request`, {}),
    );
  }

  /** Mentors' comments on the learner's code: all of it, or on one exercise. */
  feedback(lang: LanguageCode, itemId?: string): Promise<FeedbackView> {
    return firstValueFrom(
      this.http.get<FeedbackView>('/api/me/feedback', {
        params: itemId ? { lang, itemId } : { lang },
      }),
    );
  }

  markFeedbackRead(ids: string[]): Promise<FeedbackView> {
    return firstValueFrom(this.http.post<FeedbackView>('/api/me/feedback/read', { ids }));
  }

  answerQuiz(courseId: string, itemId: string, answers: number[][]): Promise<QuizResult> {
    return firstValueFrom(
      this.http.post<QuizResult>(`/api/courses/${courseId}/items/${itemId}/answers`, { answers }),
    );
  }
}
