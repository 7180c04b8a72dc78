import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CourseView } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { CoursesApi } from './courses.api';
import { ProgressBarComponent } from './progress-bar.component';

/** The open courses: look at one's outline, start one, or continue one already started. */
@Component({
  selector: 'pl-catalogue-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, ProgressBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1>{{ 'courses.title' | t }}</h1>
      @if (error(); as e) {
        <div class="alert" role="alert">
          <p>{{ e | message }}</p>
          <button class="button button--secondary" type="button" (click)="reload()">
            {{ 'learning.tryAgain' | t }}
          </button>
        </div>
      }
      @for (course of courses(); track course.id) {
        <section class="card" [attr.lang]="course.language">
          <h2>{{ course.title }}</h2>
          <p>{{ course.summary }}</p>
          <p class="field__hint">{{ 'courses.steps' | t: { count: course.itemCount } }}</p>
          @if (course.progress; as progress) {
            <pl-progress-bar [progress]="progress" />
            <a class="button" [routerLink]="['/courses', course.id]">{{
              'courses.continue' | t
            }}</a>
          } @else {
            <div class="actions">
              <button
                class="button"
                type="button"
                (click)="enrol(course)"
                [attr.data-testid]="'enrol-' + course.slug"
              >
                {{ 'courses.enrol' | t }}
              </button>
              <a
                class="button button--secondary"
                [routerLink]="['/courses', course.id]"
                [attr.data-testid]="'outline-' + course.slug"
              >
                {{ 'learning.seeCourse' | t }}
              </a>
            </div>
          }
        </section>
      } @empty {
        @if (loaded()) {
          <p>{{ 'courses.none' | t }}</p>
        }
      }
    </div>
  `,
})
export class CataloguePage {
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  /** The courses in the page's language (kept on screen while it changes). */
  private readonly list = loadLatest({
    params: () => this.i18n.language(),
    load: (lang) => this.api.catalogue(lang),
    keep: true,
  });
  protected readonly courses = computed<CourseView[]>(() => this.list.value() ?? []);
  /** Whether the list has answered once, so that "no courses" is not said before. */
  protected readonly loaded = computed(() => this.list.value() !== null || !!this.list.error());
  private readonly enrolError = signal<UiMessage | null>(null);
  protected readonly error = computed(() => this.list.error() ?? this.enrolError());

  protected reload(): void {
    void this.list.reload();
  }

  protected async enrol(course: CourseView): Promise<void> {
    this.enrolError.set(null);
    try {
      await this.api.enrol(course.id);
      await this.router.navigate(['/courses', course.id]);
    } catch (error) {
      this.enrolError.set(explainError(error).message);
    }
  }
}
