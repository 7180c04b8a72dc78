import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type LanguageCode,
  languageInfo,
  SUMMARY_MAX_LENGTH,
  SUPPORTED_LANGUAGES,
  TITLE_MAX_LENGTH,
} from '@passerelle/contracts';
import {
  FieldComponent,
  FieldControlDirective,
  I18n,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { Saving } from '../shared/saving';
import { AuthoringApi } from './authoring.api';

/** A slug from a title: `Utiliser l’e-mail` → `utiliser-l-e-mail`. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Starts a course: its first language, title and summary. The rest is done in the editor. */
@Component({
  selector: 'pc-course-new-page',
  imports: [
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/forms.css',
  template: `
    <a routerLink=".." class="crumbs">
      <pa-icon name="sign-out" /> {{ 'authoring.backToCourses' | t }}
    </a>
    <h1>{{ 'authoring.newCourse' | t }}</h1>
    <form class="card" (submit)="$event.preventDefault(); create()" novalidate>
      @if (saving.error(); as e) {
        <p class="alert" role="alert">{{ e | message }}</p>
      }
      <pa-field
        label="authoring.defaultLanguage"
        [hint]="{ key: 'authoring.defaultLanguageHint' }"
        [error]="saving.field('defaultLanguage')"
      >
        <select paFieldControl (change)="language.set($any($event.target).value)">
          @for (l of languages; track l.code) {
            <option [value]="l.code" [selected]="l.code === language()" [attr.lang]="l.code">
              {{ l.nativeName }}
            </option>
          }
        </select>
      </pa-field>
      <pa-field label="authoring.courseTitle" [error]="saving.field(path('title'))">
        <input
          paFieldControl
          type="text"
          [maxLength]="titleMax"
          [value]="title()"
          [attr.lang]="language()"
          [attr.dir]="dir()"
          (input)="setTitle($any($event.target).value)"
          data-testid="course-title"
        />
      </pa-field>
      <pa-field label="authoring.summary" [error]="saving.field(path('summary'))">
        <textarea
          paFieldControl
          rows="3"
          [maxLength]="summaryMax"
          [value]="summary()"
          [attr.lang]="language()"
          [attr.dir]="dir()"
          (input)="summary.set($any($event.target).value)"
          data-testid="course-summary"
        ></textarea>
      </pa-field>
      <pa-field
        label="authoring.slug"
        [hint]="{ key: 'authoring.slugHint' }"
        [error]="saving.field('slug')"
      >
        <input
          paFieldControl
          type="text"
          dir="ltr"
          maxlength="80"
          [value]="slug()"
          (input)="setSlug($any($event.target).value)"
          data-testid="course-slug"
        />
      </pa-field>
      <div class="actions">
        <button class="button" type="submit" [disabled]="saving.busy()" data-testid="create-course">
          {{ (saving.busy() ? 'common.pleaseWait' : 'authoring.createCourse') | t }}
        </button>
        <a class="button button--quiet" routerLink="..">{{ 'authoring.cancel' | t }}</a>
      </div>
    </form>
  `,
})
export class CourseNewPage {
  private readonly api = inject(AuthoringApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly summaryMax = SUMMARY_MAX_LENGTH;
  protected readonly language = signal<LanguageCode>(this.i18n.language());
  protected readonly title = signal('');
  protected readonly summary = signal('');
  protected readonly slug = signal('');
  private slugEdited = false;
  protected readonly saving = new Saving();

  protected dir(): string {
    return languageInfo(this.language()).dir;
  }

  protected path(field: 'title' | 'summary'): string {
    return `translations.${this.language()}.${field}`;
  }

  protected setTitle(title: string): void {
    this.title.set(title);
    if (!this.slugEdited) this.slug.set(slugify(title));
  }

  protected setSlug(slug: string): void {
    this.slugEdited = true;
    this.slug.set(slug);
  }

  protected async create(): Promise<void> {
    if (this.saving.busy()) return;
    let courseId = '';
    const created = await this.saving.run(async () => {
      const outline = await this.api.create({
        slug: this.slug().trim(),
        defaultLanguage: this.language(),
        translations: {
          [this.language()]: { title: this.title().trim(), summary: this.summary().trim() },
        },
        levels: {},
      });
      courseId = outline.id;
    });
    if (created) await this.router.navigate(['/courses', courseId]);
  }
}
