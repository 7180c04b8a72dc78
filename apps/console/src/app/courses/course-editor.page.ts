import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseAuthoring } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { localize } from '@passerelle/learning';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { Saving } from '../shared/saving';
import type { HoldsDrafts } from '../shared/unsaved-changes.guard';
import { AuthoringApi } from './authoring.api';
import { CourseDetailsComponent } from './course-details.component';
import { CourseOutlineComponent } from './course-outline.component';

/** One course: its texts and levels, its modules and items, and publication. */
@Component({
  selector: 'pc-course-editor-page',
  imports: [
    RouterLink,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    CourseDetailsComponent,
    CourseOutlineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './course-editor.page.css',
  template: `
    <a routerLink="/courses" class="crumbs">
      <pa-icon name="sign-out" /> {{ 'authoring.backToCourses' | t }}
    </a>
    @if (loading.error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (course(); as c) {
      <div class="head">
        <h1 data-testid="course-heading">{{ title() }}</h1>
        <span class="badge" [class.badge--draft]="c.status === 'draft'" data-testid="course-status">
          {{ statusLabel(c.status) | t }}
        </span>
        @if (c.editable) {
          <button
            type="button"
            class="button"
            [class.button--secondary]="c.status === 'published'"
            [disabled]="publishing.busy()"
            (click)="togglePublished(c)"
            data-testid="toggle-published"
          >
            {{ (c.status === 'published' ? 'authoring.unpublish' : 'authoring.publish') | t }}
          </button>
        }
      </div>
      <p class="meta">
        {{
          'authoring.byline' | t: { author: c.author?.displayName ?? '—', learners: c.learnerCount }
        }}
      </p>
      @if (publishing.field('status') ?? publishing.error(); as e) {
        <p class="alert" role="alert">{{ e | message }}</p>
      }
      <p class="visually-hidden" role="status">{{ announcement() }}</p>
      @if (!c.editable) {
        <p class="alert alert--info" data-testid="read-only">{{ 'authoring.readOnly' | t }}</p>
      }
      @if (c.status === 'published' && c.editable) {
        <p class="field__hint">{{ 'authoring.liveHint' | t }}</p>
      }

      <div class="columns">
        <section class="card" aria-labelledby="course-details-heading">
          <h2 id="course-details-heading">{{ 'authoring.aboutCourse' | t }}</h2>
          <pc-course-details [course]="c" (saved)="reload()" />
        </section>
        <section class="card" aria-labelledby="modules-heading">
          <h2 id="modules-heading">{{ 'authoring.modules' | t }}</h2>
          <pc-course-outline [course]="c" (changed)="reload()" />
        </section>
      </div>
    } @else if (loading.busy()) {
      <p role="status">{{ 'common.pleaseWait' | t }}</p>
    }
  `,
})
export class CourseEditorPage implements HoldsDrafts {
  private readonly api = inject(AuthoringApi);
  private readonly i18n = inject(I18n);
  readonly courseId = input.required<string>();

  protected readonly loading = loadLatest({
    params: () => this.courseId(),
    load: (courseId) => this.api.course(courseId),
  });
  protected readonly course = this.loading.value;
  protected readonly publishing = new Saving();
  protected readonly announcement = signal('');
  protected readonly title = computed(() => {
    const course = this.course();
    return course
      ? localize(course.translations, this.i18n.language(), course.defaultLanguage).text.title
      : '';
  });

  private readonly details = viewChild(CourseDetailsComponent);

  hasUnsavedChanges(): boolean {
    return this.details()?.hasUnsavedChanges() ?? false;
  }

  protected statusLabel(status: string): MessageKey {
    return `authoring.status.${status}` as MessageKey;
  }

  /** After a save in the details or the outline: the course again, kept on screen meanwhile. */
  protected async reload(): Promise<void> {
    await this.loading.reload();
  }

  protected async togglePublished(course: CourseAuthoring): Promise<void> {
    const publish = course.status !== 'published';
    const done = await this.publishing.run(() => this.api.setPublished(course.id, publish));
    if (!done) return;
    this.announcement.set(
      this.i18n.t(publish ? 'authoring.published' : 'authoring.unpublished', {
        title: this.title(),
      }),
    );
    await this.reload();
  }
}
