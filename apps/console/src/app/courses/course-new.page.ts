import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  type LanguageCode,
  languageInfo,
  SLUG_MAX_LENGTH,
  SUMMARY_MAX_LENGTH,
  SUPPORTED_LANGUAGES,
  TITLE_MAX_LENGTH,
} from '@passerelle/contracts';
import {
  FieldComponent,
  FieldControlDirective,
  formState,
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
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/** Starts a course: its first language, title and summary. The rest is done in the editor. */
@Component({
  selector: 'pc-course-new-page',
  imports: [
    ReactiveFormsModule,
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
    <form class="card" [formGroup]="form" (ngSubmit)="create()" novalidate>
      @if (saving.error(); as e) {
        <p class="alert" role="alert">{{ e | message }}</p>
      }
      <pa-field
        label="authoring.defaultLanguage"
        [hint]="{ key: 'authoring.defaultLanguageHint' }"
        [error]="saving.field('defaultLanguage')"
      >
        <select paFieldControl formControlName="language">
          @for (l of languages; track l.code) {
            <option [value]="l.code" [attr.lang]="l.code">{{ l.nativeName }}</option>
          }
        </select>
      </pa-field>
      <pa-field label="authoring.courseTitle" [error]="saving.field(path('title'))">
        <input
          paFieldControl
          type="text"
          [maxLength]="titleMax"
          formControlName="title"
          [attr.lang]="language()"
          [attr.dir]="dir()"
          data-testid="course-title"
        />
      </pa-field>
      <pa-field label="authoring.summary" [error]="saving.field(path('summary'))">
        <textarea
          paFieldControl
          rows="3"
          [maxLength]="summaryMax"
          formControlName="summary"
          [attr.lang]="language()"
          [attr.dir]="dir()"
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
          [maxLength]="slugMax"
          formControlName="slug"
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
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly summaryMax = SUMMARY_MAX_LENGTH;
  protected readonly slugMax = SLUG_MAX_LENGTH;
  protected readonly form = this.fb.group({
    language: this.fb.control<LanguageCode>(this.i18n.language()),
    title: '',
    summary: '',
    slug: '',
  });
  protected readonly language = formState(this.form.controls.language).value;
  protected readonly dir = computed(() => languageInfo(this.language()).dir);
  protected readonly saving = new Saving();

  constructor() {
    // The slug follows the title until the author writes one of their own.
    const { title, slug } = this.form.controls;
    title.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => {
      if (slug.pristine) slug.setValue(slugify(text));
    });
  }

  protected path(field: 'title' | 'summary'): string {
    return `translations.${this.language()}.${field}`;
  }

  protected async create(): Promise<void> {
    if (this.saving.busy()) return;
    let courseId = '';
    const { language, title, summary, slug } = this.form.getRawValue();
    const created = await this.saving.run(async () => {
      const outline = await this.api.create({
        slug: slug.trim(),
        defaultLanguage: language,
        translations: { [language]: { title: title.trim(), summary: summary.trim() } },
        levels: {},
      });
      courseId = outline.id;
    });
    if (created) await this.router.navigate(['/courses', courseId]);
  }
}
