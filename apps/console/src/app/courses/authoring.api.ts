import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CourseAuthoring,
  CourseOutline,
  CourseSummary,
  CreateCourseRequest,
  CreateItemRequest,
  CreateModuleRequest,
  ExerciseView,
  ItemView,
  LanguageCode,
  UpdateCourseRequest,
  UpdateItemRequest,
  UpdateModuleRequest,
} from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * The course authoring API as the console uses it. Every change answers with the course's
 * outline; the editor then reads the whole course again, so that it always shows the server's
 * truth (positions, translations) rather than its own guess.
 */
@Injectable({ providedIn: 'root' })
export class AuthoringApi {
  private readonly http = inject(HttpClient);

  list(lang: LanguageCode): Promise<CourseSummary[]> {
    return firstValueFrom(
      this.http.get<CourseSummary[]>('/api/authoring/courses', { params: { lang } }),
    );
  }

  course(courseId: string): Promise<CourseAuthoring> {
    return firstValueFrom(this.http.get<CourseAuthoring>(`/api/courses/${courseId}/authoring`));
  }

  create(request: CreateCourseRequest): Promise<CourseOutline> {
    return firstValueFrom(this.http.post<CourseOutline>('/api/courses', request));
  }

  update(courseId: string, changes: UpdateCourseRequest): Promise<CourseOutline> {
    return firstValueFrom(this.http.patch<CourseOutline>(`/api/courses/${courseId}`, changes));
  }

  setPublished(courseId: string, published: boolean): Promise<CourseOutline> {
    const action = published ? 'publication' : 'unpublication';
    return firstValueFrom(this.http.post<CourseOutline>(`/api/courses/${courseId}/${action}`, {}));
  }

  addModule(courseId: string, request: CreateModuleRequest): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.post<CourseOutline>(`/api/courses/${courseId}/modules`, request),
    );
  }

  updateModule(
    courseId: string,
    moduleId: string,
    changes: UpdateModuleRequest,
  ): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.patch<CourseOutline>(`/api/courses/${courseId}/modules/${moduleId}`, changes),
    );
  }

  deleteModule(courseId: string, moduleId: string): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.delete<CourseOutline>(`/api/courses/${courseId}/modules/${moduleId}`),
    );
  }

  addItem(courseId: string, moduleId: string, request: CreateItemRequest): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.post<CourseOutline>(`/api/courses/${courseId}/modules/${moduleId}/items`, request),
    );
  }

  updateItem(
    courseId: string,
    moduleId: string,
    itemId: string,
    changes: UpdateItemRequest,
  ): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.patch<CourseOutline>(
        `/api/courses/${courseId}/modules/${moduleId}/items/${itemId}`,
        changes,
      ),
    );
  }

  deleteItem(courseId: string, moduleId: string, itemId: string): Promise<CourseOutline> {
    return firstValueFrom(
      this.http.delete<CourseOutline>(
        `/api/courses/${courseId}/modules/${moduleId}/items/${itemId}`,
      ),
    );
  }

  /** The item as a learner sees it, in `lang` (or the course's default when it lacks `lang`). */
  preview(courseId: string, itemId: string, lang: LanguageCode): Promise<ItemView> {
    return firstValueFrom(
      this.http.get<ItemView>(`/api/courses/${courseId}/items/${itemId}`, { params: { lang } }),
    );
  }

  previewExercise(courseId: string, itemId: string, lang: LanguageCode): Promise<ExerciseView> {
    return firstValueFrom(
      this.http.get<ExerciseView>(`/api/courses/${courseId}/items/${itemId}/exercise`, {
        params: { lang },
      }),
    );
  }
}
