import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  type AuthoringItem,
  type CourseAuthoring,
  ItemKind,
  type LanguageCode,
  languageInfo,
  TITLE_MAX_LENGTH,
  type Translations,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { localize } from '@passerelle/learning';
import {
  FieldComponent,
  FieldControlDirective,
  formState,
  I18n,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { LanguageTabsComponent } from '../shared/language-tabs.component';
import { type EditorMode, ModeSwitchComponent } from '../shared/mode-switch.component';
import { writtenLanguages } from '../shared/per-language';
import { Saving } from '../shared/saving';
import type { HoldsDrafts } from '../shared/unsaved-changes.guard';
import { AuthoringApi } from './authoring.api';
import { type ItemDraft, itemDraft, itemRequest } from './drafts';
import { ExerciseEditorComponent } from './exercise-editor.component';
import { courseItemForm, draftOf, showItemDraft } from './item-form';
import { ItemPreviewComponent } from './item-preview.component';
import { LessonEditorComponent } from './lesson-editor.component';
import { QuizEditorComponent } from './quiz-editor.component';

const KINDS: readonly string[] = Object.values(ItemKind);

/**
 * One item of a course, new or saved: its title and content in every language, and, once
 * saved, a preview of what learners see.
 */
@Component({
  selector: 'pc-item-editor-page',
  imports: [
    ReactiveFormsModule,
    ModeSwitchComponent,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    LanguageTabsComponent,
    LessonEditorComponent,
    QuizEditorComponent,
    ExerciseEditorComponent,
    ItemPreviewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './item-editor.page.css'],
  templateUrl: './item-editor.page.html',
})
export class ItemEditorPage implements HoldsDrafts {
  private readonly api = inject(AuthoringApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly courseId = input.required<string>();
  readonly moduleId = input.required<string>();
  /** `new` for an item not saved yet, which then has a `kind` (a query parameter). */
  readonly itemId = input.required<string>();
  readonly kind = input<string>();

  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly course = signal<CourseAuthoring | null>(null);
  /** The item as being edited (see `item-form.ts`); its kind never changes. */
  protected readonly form = courseItemForm(this.fb);
  private readonly formState = formState(this.form);
  /** The kind of the item in the form, or null when there is none (not found). */
  private readonly itemKind = signal<ItemKind | null>(null);
  protected readonly draft = computed(() => {
    const kind = this.itemKind();
    return kind ? draftOf(kind, this.formState.value()) : null;
  });
  /** The title control of the language shown. */
  protected readonly titleControl = computed(
    () => this.form.controls.texts.controls[this.tab()].controls.title,
  );
  protected readonly tab = signal<LanguageCode>('en');
  protected readonly mode = signal<EditorMode>('edit');
  protected readonly loading = new Saving();
  protected readonly saving = new Saving();
  protected readonly savedOnce = signal(false);
  private readonly snapshot = signal('');
  private carried: ItemDraft | null = null;

  protected readonly isNew = computed(() => this.itemId() === 'new');
  protected readonly item = computed<AuthoringItem | null>(() => {
    const id = this.itemId();
    return (
      this.course()
        ?.modules.flatMap((m) => m.items)
        .find((i) => i.id === id) ?? null
    );
  });
  protected readonly module = computed(
    () => this.course()?.modules.find((m) => m.id === this.moduleId()) ?? null,
  );
  protected readonly defaultLanguage = computed(
    () => this.course()?.defaultLanguage ?? ('en' as LanguageCode),
  );
  protected readonly dir = computed(() => languageInfo(this.tab()).dir);
  protected readonly written = computed(() => {
    const draft = this.draft();
    if (!draft) return new Set<string>();
    const texts = writtenLanguages(draft.texts);
    for (const code of writtenLanguages(draft.exercise.texts)) texts.add(code);
    return texts;
  });
  protected readonly tabErrors = computed(() => this.saving.languagesWithErrors());
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    return draft !== null && JSON.stringify(draft) !== this.snapshot();
  });
  protected readonly savedHints = computed(() => {
    const translations = this.item()?.exercise?.translations ?? {};
    return Object.fromEntries(
      Object.entries(translations).map(([code, t]) => [code, t?.hints ?? []]),
    );
  });

  constructor() {
    effect(() => {
      const [courseId, itemId, kind] = [this.courseId(), this.itemId(), this.kind()];
      untracked(() => void this.load(courseId, itemId, kind));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty() && this.course()?.editable === true;
  }

  protected heading(): MessageKey {
    const kind = this.draft()?.kind ?? 'lesson';
    return `authoring.${this.isNew() ? 'new' : 'edit'}.${kind}` as MessageKey;
  }

  protected title(translations: Translations<{ title: string }>): string {
    const course = this.course();
    return course
      ? localize(translations, this.i18n.language(), course.defaultLanguage).text.title
      : '';
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    const course = this.course();
    if (!draft || !course || this.saving.busy()) return;
    const request = itemRequest(draft);
    const itemId = this.itemId();
    let createdId: string | null = null;
    const saved = await this.saving.run(async () => {
      if (!this.isNew()) {
        await this.api.updateItem(course.id, this.moduleId(), itemId, request);
      } else {
        const outline = await this.api.addItem(course.id, this.moduleId(), {
          kind: draft.kind,
          ...request,
        });
        createdId = outline.modules.find((m) => m.id === this.moduleId())?.items.at(-1)?.id ?? null;
      }
    });
    if (!saved) {
      // Show the first language holding an error, so the message is in sight.
      const [first] = [...this.tabErrors()] as LanguageCode[];
      if (first && !this.tabErrors().has(this.tab())) this.tab.set(first);
      return;
    }
    this.savedOnce.set(true);
    this.snapshot.set(JSON.stringify(draft));
    if (createdId) {
      this.carried = draft;
      await this.router.navigate(
        ['/courses', course.id, 'modules', this.moduleId(), 'items', createdId],
        { replaceUrl: true },
      );
    } else {
      this.course.set(await this.api.course(course.id));
    }
  }

  /** Puts a draft in the form: what is saved, against which later edits count as unsaved. */
  private show(draft: ItemDraft | null): void {
    if (draft) showItemDraft(this.form, this.fb, draft);
    this.itemKind.set(draft?.kind ?? null);
    this.snapshot.set(draft ? JSON.stringify(this.draft()) : '');
  }

  private async load(courseId: string, itemId: string, kind?: string): Promise<void> {
    this.mode.set('edit');
    await this.loading.run(async () => {
      const course = await this.api.course(courseId);
      this.course.set(course);
      const item = course.modules.flatMap((m) => m.items).find((i) => i.id === itemId);
      // Just created: the draft carries over, reference solution included (it is not stored).
      const carried = this.carried;
      this.carried = null;
      const draft =
        carried ??
        (item
          ? itemDraft(item.kind, item)
          : itemId === 'new' && KINDS.includes(kind ?? '')
            ? itemDraft(kind as ItemKind)
            : null);
      this.show(draft);
      if (!carried) {
        const ui = this.i18n.language();
        this.tab.set(item?.translations[ui] ? ui : course.defaultLanguage);
      }
    });
  }
}
