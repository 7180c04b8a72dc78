import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseOutline, ItemKind } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { CoursesApi } from './courses.api';
import { ProgressBarComponent } from './progress-bar.component';

/** A course's modules and steps, what is done, and the one next thing to do. */
@Component({
  selector: 'pl-outline-page',
  imports: [RouterLink, TranslatePipe, MessagePipe, IconComponent, ProgressBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (error(); as e) {
        <p class="alert" role="alert">{{ e | message }}</p>
      }
      @if (outline(); as course) {
        <h1 [attr.lang]="course.language">{{ course.title }}</h1>
        @if (course.progress; as progress) {
          <pl-progress-bar [progress]="progress" />
        }
        @if (course.completedAt) {
          <p class="alert alert--success" role="status">{{ 'courses.completed' | t }}</p>
        } @else if (course.nextItemId) {
          <a
            class="button button--block"
            [routerLink]="['items', course.nextItemId]"
            data-testid="next-step"
          >
            {{ 'courses.next' | t }} <pa-icon name="sign-in" />
          </a>
        }
        @for (module of course.modules; track module.id) {
          <section class="card" [attr.lang]="course.language">
            <h2>{{ module.title }}</h2>
            <ol class="steps">
              @for (item of module.items; track item.id) {
                <li>
                  <a [routerLink]="['items', item.id]">
                    <span class="badge">{{ kindLabel(item.kind) | t }}</span>
                    {{ item.title }}
                  </a>
                  @if (item.completed) {
                    <span class="steps__done">✓ {{ 'courses.done' | t }}</span>
                  }
                </li>
              }
            </ol>
          </section>
        }
      }
    </div>
  `,
  styles: `
    .steps {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .steps li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      min-block-size: var(--pa-tap);
      border-block-end: 1px solid var(--pa-line);
    }
    .steps li:last-child {
      border-block-end: 0;
    }
    .steps a {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.5rem;
    }
    .steps__done {
      color: var(--pa-success);
      font-weight: 600;
      white-space: nowrap;
    }
  `,
})
export class OutlinePage {
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  readonly courseId = input.required<string>();
  protected readonly outline = signal<CourseOutline | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    effect(() => void this.load(this.courseId(), this.i18n.language()));
  }

  protected kindLabel(kind: ItemKind): MessageKey {
    return `courses.kind.${kind}`;
  }

  private async load(courseId: string, lang: CourseOutline['language']): Promise<void> {
    try {
      this.outline.set(await this.api.outline(courseId, lang));
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }
}
