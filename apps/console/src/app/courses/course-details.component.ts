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
  COMPETENCE_AREAS,
  type CompetenceArea,
  type CourseAuthoring,
  type CourseLevels,
  type LanguageCode,
  languageInfo,
  LEVEL_MAX,
  LEVEL_MIN,
  SUMMARY_MAX_LENGTH,
  SUPPORTED_LANGUAGES,
  TITLE_MAX_LENGTH,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import {
  FieldComponent,
  FieldControlDirective,
  I18n,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { LanguageTabsComponent } from '../shared/language-tabs.component';
import { fill, type PerLanguage, prune, writtenLanguages } from '../shared/per-language';
import { Saving } from '../shared/saving';
import { AuthoringApi } from './authoring.api';

interface LevelDraft {
  entry: number | null;
  target: number | null;
}

/** A course's own texts in every language, its address, default language and levels. */
@Component({
  selector: 'pc-course-details',
  imports: [
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
  readonly course = input.required<CourseAuthoring>();
  readonly saved = output<void>();

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly areas = COMPETENCE_AREAS;
  protected readonly ends = ['entry', 'target'] as const;
  protected readonly levelsRange = Array.from(
    { length: LEVEL_MAX - LEVEL_MIN + 1 },
    (_, i) => LEVEL_MIN + i,
  );
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly summaryMax = SUMMARY_MAX_LENGTH;

  protected readonly tab = signal<LanguageCode>('en');
  protected readonly texts = signal<PerLanguage<{ title: string; summary: string }>>(
    fill(undefined, () => ({ title: '', summary: '' })),
  );
  protected readonly slug = signal('');
  protected readonly defaultLanguage = signal<LanguageCode>('en');
  protected readonly levels = signal<Record<CompetenceArea, LevelDraft>>(levelDrafts({}));
  protected readonly saving = new Saving();
  protected readonly savedOnce = signal(false);
  private snapshot = '';
  private loadedId: string | null = null;

  protected readonly written = computed(() => writtenLanguages(this.texts()));
  protected readonly tabErrors = computed(() => this.saving.languagesWithErrors());
  protected readonly dirty = computed(() => this.serialized() !== this.snapshot);
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

  protected setText(field: 'title' | 'summary', value: string): void {
    const code = this.tab();
    this.texts.update((texts) => ({ ...texts, [code]: { ...texts[code], [field]: value } }));
  }

  protected setLevel(area: CompetenceArea, end: 'entry' | 'target', value: string): void {
    const level = value === '' ? null : Number(value);
    this.levels.update((levels) => {
      const next = { ...levels[area], [end]: level };
      // Choosing one end of a range fills the other, so that a range is always whole.
      if (level !== null && next.entry === null) next.entry = level;
      if (level !== null && next.target === null) next.target = level;
      if (level === null) return { ...levels, [area]: { entry: null, target: null } };
      return { ...levels, [area]: next };
    });
  }

  protected async save(): Promise<void> {
    const course = this.course();
    const done = await this.saving.run(() =>
      this.api.update(course.id, {
        slug: this.slug().trim(),
        defaultLanguage: this.defaultLanguage(),
        translations: prune(this.texts(), (t) => !t.title.trim() && !t.summary.trim()),
        levels: this.levelsRequest(),
      }),
    );
    if (!done) return;
    this.snapshot = this.serialized();
    this.savedOnce.set(true);
    this.saved.emit();
  }

  private levelsRequest(): CourseLevels {
    return Object.fromEntries(
      Object.entries(this.levels())
        .filter(([, range]) => range.entry !== null && range.target !== null)
        .map(([area, range]) => [area, { entry: range.entry, target: range.target }]),
    );
  }

  private serialized(): string {
    return JSON.stringify([this.texts(), this.slug(), this.defaultLanguage(), this.levels()]);
  }

  private reset(course: CourseAuthoring): void {
    this.loadedId = course.id;
    this.texts.set(fill(course.translations, () => ({ title: '', summary: '' })));
    this.slug.set(course.slug);
    this.defaultLanguage.set(course.defaultLanguage);
    this.levels.set(levelDrafts(course.levels));
    this.tab.set(
      course.translations[this.i18n.language()] ? this.i18n.language() : course.defaultLanguage,
    );
    this.snapshot = this.serialized();
    this.saving.clear();
  }
}

function levelDrafts(levels: CourseLevels): Record<CompetenceArea, LevelDraft> {
  return Object.fromEntries(
    COMPETENCE_AREAS.map((area) => [
      area,
      { entry: levels[area]?.entry ?? null, target: levels[area]?.target ?? null },
    ]),
  ) as Record<CompetenceArea, LevelDraft>;
}
