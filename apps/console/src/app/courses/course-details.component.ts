import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  type FormControl,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  type CourseAuthoring,
  type CourseLevels,
  type LanguageCode,
  languageInfo,
  LEVEL_MAX,
  LEVEL_MIN,
  SLUG_MAX_LENGTH,
  SUMMARY_MAX_LENGTH,
  SUPPORTED_LANGUAGES,
  TITLE_MAX_LENGTH,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import {
  FieldComponent,
  FieldControlDirective,
  formState,
  I18n,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { LanguageTabsComponent } from '../shared/language-tabs.component';
import {
  fill,
  type PerLanguage,
  perLanguage,
  prune,
  writtenLanguages,
} from '../shared/per-language';
import { Saving } from '../shared/saving';
import { AuthoringApi } from './authoring.api';

/** An area's entry and target level as their selects hold them: '' for none. */
type LevelForm = FormGroup<{ entry: FormControl<string>; target: FormControl<string> }>;

type CourseDetailsForm = FormGroup<{
  texts: FormGroup<
    Record<LanguageCode, FormGroup<{ title: FormControl<string>; summary: FormControl<string> }>>
  >;
  slug: FormControl<string>;
  defaultLanguage: FormControl<LanguageCode>;
  levels: FormGroup<Record<CompetenceArea, LevelForm>>;
}>;

type CourseDetailsValue = ReturnType<CourseDetailsForm['getRawValue']>;

const ENDS = ['entry', 'target'] as const;

/**
 * A level range's controls. Choosing one end fills the other, so that a range is always whole;
 * clearing one clears both.
 */
function levelForm(fb: NonNullableFormBuilder): LevelForm {
  const form = fb.group({ entry: '', target: '' });
  for (const end of ENDS) {
    const other = form.controls[end === 'entry' ? 'target' : 'entry'];
    form.controls[end].valueChanges.subscribe((level) => {
      if (level === '' ? other.value !== '' : other.value === '') other.setValue(level);
    });
  }
  return form;
}

function courseDetailsForm(fb: NonNullableFormBuilder): CourseDetailsForm {
  return fb.group({
    texts: fb.group(perLanguage(() => fb.group({ title: '', summary: '' }))),
    slug: '',
    defaultLanguage: fb.control<LanguageCode>('en'),
    levels: fb.group(
      Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, levelForm(fb)])) as Record<
        CompetenceArea,
        LevelForm
      >,
    ),
  });
}

function valueOf(course: CourseAuthoring): CourseDetailsValue {
  return {
    texts: fill(course.translations, () => ({ title: '', summary: '' })),
    slug: course.slug,
    defaultLanguage: course.defaultLanguage,
    levels: Object.fromEntries(
      COMPETENCE_AREAS.map((area) => {
        const range = course.levels[area];
        return [area, { entry: String(range?.entry ?? ''), target: String(range?.target ?? '') }];
      }),
    ) as CourseDetailsValue['levels'],
  };
}

/** A course's own texts in every language, its address, default language and levels. */
@Component({
  selector: 'pc-course-details',
  imports: [
    ReactiveFormsModule,
    FieldComponent,
    FieldControlDirective,
    LanguageTabsComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './course-details.component.css'],
  templateUrl: './course-details.component.html',
})
export class CourseDetailsComponent {
  private readonly api = inject(AuthoringApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly course = input.required<CourseAuthoring>();
  readonly saved = output<void>();

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly areas = COMPETENCE_AREAS;
  protected readonly ends = ENDS;
  protected readonly levelsRange = Array.from(
    { length: LEVEL_MAX - LEVEL_MIN + 1 },
    (_, i) => LEVEL_MIN + i,
  );
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly summaryMax = SUMMARY_MAX_LENGTH;
  protected readonly slugMax = SLUG_MAX_LENGTH;

  protected readonly tab = signal<LanguageCode>('en');
  /** The course's texts, address, default language and levels as being edited. */
  protected readonly form = courseDetailsForm(this.fb);
  private readonly value = formState(this.form).value;
  protected readonly texts = computed<PerLanguage<{ title: string; summary: string }>>(
    () => this.value().texts,
  );
  protected readonly defaultLanguage = computed(() => this.value().defaultLanguage);
  /** The title and summary controls of the language shown. */
  protected readonly text = computed(() => this.form.controls.texts.controls[this.tab()].controls);
  protected readonly saving = new Saving();
  protected readonly savedOnce = signal(false);
  private readonly snapshot = signal('');
  private loadedId: string | null = null;

  protected readonly written = computed(() => writtenLanguages(this.texts()));
  protected readonly tabErrors = computed(() => this.saving.languagesWithErrors());
  protected readonly dirty = computed(() => JSON.stringify(this.value()) !== this.snapshot());
  protected readonly dir = computed(() => languageInfo(this.tab()).dir);

  constructor() {
    effect(() => {
      const course = this.course();
      // A fresh course (or the one just saved) replaces the draft; other reloads keep edits.
      if (course.id !== this.loadedId) untracked(() => this.reset(course));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty() && this.course().editable;
  }

  protected areaLabel(area: CompetenceArea): MessageKey {
    return `authoring.area.${area}` as MessageKey;
  }

  protected async save(): Promise<void> {
    const course = this.course();
    const value = this.form.getRawValue();
    const done = await this.saving.run(() =>
      this.api.update(course.id, {
        slug: value.slug.trim(),
        defaultLanguage: value.defaultLanguage,
        translations: prune(value.texts, (t) => !t.title.trim() && !t.summary.trim()),
        levels: levelsRequest(value.levels),
      }),
    );
    if (!done) return;
    this.snapshot.set(JSON.stringify(value));
    this.savedOnce.set(true);
    this.saved.emit();
  }

  private reset(course: CourseAuthoring): void {
    this.loadedId = course.id;
    this.form.setValue(valueOf(course), { emitEvent: false });
    this.form.updateValueAndValidity();
    this.tab.set(
      course.translations[this.i18n.language()] ? this.i18n.language() : course.defaultLanguage,
    );
    this.snapshot.set(JSON.stringify(this.value()));
    this.saving.clear();
  }
}

/** The ranges chosen whole: an area without both ends is not sent. */
function levelsRequest(levels: CourseDetailsValue['levels']): CourseLevels {
  return Object.fromEntries(
    Object.entries(levels)
      .filter(([, range]) => range.entry !== '' && range.target !== '')
      .map(([area, range]) => [area, { entry: Number(range.entry), target: Number(range.target) }]),
  );
}
