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
  ASSESSMENT_CODE_MAX_LENGTH,
  ASSESSMENT_COMPETENCES,
  ASSESSMENT_ITEM_KINDS,
  ASSESSMENT_OPTION_MAX_LENGTH,
  ASSESSMENT_OPTIONS_MAX,
  ASSESSMENT_OPTIONS_MIN,
  ASSESSMENT_PROMPT_MAX_LENGTH,
  type AssessmentItemDetail,
  COMPETENCE_AREAS,
  type CompetenceId,
  IRT_BOUNDS,
  type LanguageCode,
  languageInfo,
  SUPPORTED_LANGUAGES,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey, type UiMessage } from '@passerelle/i18n';
import {
  FieldComponent,
  FieldControlDirective,
  formState,
  I18n,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { formatNumber } from '../shared/format';
import { LanguageTabsComponent } from '../shared/language-tabs.component';
import { type EditorMode, ModeSwitchComponent } from '../shared/mode-switch.component';
import { OptionsEditorComponent } from '../shared/options-editor.component';
import { Saving } from '../shared/saving';
import type { HoldsDrafts } from '../shared/unsaved-changes.guard';
import { AssessmentApi } from './assessment.api';
import { assessmentFieldMessages } from './bank-problems';
import {
  changedFields,
  competencesOf,
  type ItemChoices,
  type ItemDraft,
  itemDraft,
  itemRequest,
  languagesIn,
  newItemDraft,
  writtenItemLanguages,
} from './item-draft';
import { draftOf, itemForm, showItemDraft } from './item-form';
import { ItemPreviewComponent } from './item-preview.component';

/**
 * One item of the bank, new or saved: where it belongs (area, competence), how it is answered,
 * its IRT parameters, its texts in every language with the answer key, and, once saved, a
 * preview exactly as a learner would be served it. Saved items can be retired and restored.
 */
@Component({
  selector: 'pc-assessment-item-editor-page',
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
    ItemPreviewComponent,
    OptionsEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './item-editor.page.css'],
  templateUrl: './item-editor.page.html',
})
export class AssessmentItemEditorPage implements HoldsDrafts {
  private readonly api = inject(AssessmentApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18n);
  /** `new` for an item not saved yet. */
  readonly itemId = input.required<string>();

  protected readonly areas = COMPETENCE_AREAS;
  protected readonly kinds = ASSESSMENT_ITEM_KINDS;
  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly bounds = IRT_BOUNDS;
  protected readonly limits = {
    prompt: ASSESSMENT_PROMPT_MAX_LENGTH,
    option: ASSESSMENT_OPTION_MAX_LENGTH,
    optionsMin: ASSESSMENT_OPTIONS_MIN,
    optionsMax: ASSESSMENT_OPTIONS_MAX,
    code: ASSESSMENT_CODE_MAX_LENGTH,
  };
  protected readonly areaLabel = areaLabel;

  protected readonly item = signal<AssessmentItemDetail | null>(null);
  /** The item as being edited, checked with the API's rules (see `item-form.ts`). */
  protected readonly form = itemForm(this.fb);
  private readonly formState = formState(this.form);
  protected readonly draft = computed(() => draftOf(this.formState.value()));
  /** Whether the form holds an item yet (a new one, or the saved one once loaded). */
  protected readonly ready = signal(false);
  protected readonly tab = signal<LanguageCode>('en');
  protected readonly mode = signal<EditorMode>('edit');
  protected readonly loading = new Saving();
  protected readonly saving = new Saving();
  protected readonly acting = new Saving();
  protected readonly tried = signal(false);
  protected readonly savedOnce = signal(false);
  protected readonly announcement = signal('');
  private readonly snapshot = signal('');
  /** The server's field errors in this area's words, by path (see `error`). */
  private readonly serverFields = signal<Record<string, UiMessage>>({});

  protected readonly isNew = computed(() => this.itemId() === 'new');
  /**
   * Once learners have answered an item, its area, kind, options and answer key stay: a changed
   * question is a new one. Its texts can still be corrected and translated.
   */
  protected readonly locked = computed(() => (this.item()?.stats.shown ?? 0) > 0);
  protected readonly dir = computed(() => languageInfo(this.tab()).dir);
  protected readonly competences = computed(() => competencesOf(this.draft().area));
  protected readonly written = computed(() => writtenItemLanguages(this.draft()));
  /** The browser's own checks, shown once a save was tried, and updated as fields are fixed. */
  protected readonly problems = computed(() => (this.tried() ? this.formState.problems() : {}));
  /** How the item is answered, for the options editor. */
  protected readonly choices = computed(() => this.formState.value().choices);
  /** The prompt and alt text controls of the language shown. */
  protected readonly text = computed(() => this.form.controls.texts.controls[this.tab()].controls);
  protected readonly tabErrors = computed(() => {
    const found = languagesIn(Object.keys(this.problems()));
    for (const code of this.saving.languagesWithErrors()) found.add(code);
    return found;
  });
  protected readonly dirty = computed(
    () => this.ready() && JSON.stringify(this.draft()) !== this.snapshot(),
  );
  protected readonly optionErrors = computed(() =>
    this.choices().texts[this.tab()].options.map((_, o) =>
      this.error(`translations.${this.tab()}.options.${o}`),
    ),
  );
  protected readonly imageUrl = computed(() => {
    const image = this.draft().image.trim();
    return /^[a-z0-9][a-z0-9-]*\.svg$/.test(image) ? `/assessment/${image}` : null;
  });

  constructor() {
    effect(() => {
      const id = this.itemId();
      untracked(() => void this.load(id));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty();
  }

  /** A field's message: the browser's check first, else what the server said. */
  protected error(...paths: string[]): UiMessage | null {
    const problems = this.problems();
    const server = this.serverFields();
    for (const path of paths) {
      const message = problems[path] ?? server[path] ?? this.saving.field(path);
      if (message) return message;
    }
    return null;
  }

  protected kindLabel(kind: string): MessageKey {
    return `bank.kind.${kind}` as MessageKey;
  }

  protected statusLabel(status: string): MessageKey {
    return `bank.status.${status}` as MessageKey;
  }

  protected competenceTitle(id: CompetenceId): string {
    return ASSESSMENT_COMPETENCES[id].title;
  }

  protected num(value: number | null): string {
    return value === null ? '—' : formatNumber(this.i18n.language(), value);
  }

  protected setChoices(choices: ItemChoices): void {
    this.form.controls.choices.setValue(choices);
  }

  protected async save(): Promise<void> {
    if (!this.ready() || this.saving.busy()) return;
    const draft = this.draft();
    this.tried.set(true);
    if (this.form.invalid) {
      this.saving.clear();
      this.saving.error.set({ key: 'errors.checkFields' });
      this.showTabWithErrors();
      return;
    }
    const request = itemRequest(draft);
    const saved = this.item();
    const result: { item?: AssessmentItemDetail } = {};
    this.serverFields.set({});
    const done = await this.saving.run(async () => {
      try {
        result.item = saved
          ? await this.api.updateItem(
              saved.id,
              changedFields(itemRequest(itemDraft(saved)), request),
            )
          : await this.api.createItem(request);
      } catch (error) {
        this.serverFields.set(assessmentFieldMessages(error));
        throw error;
      }
    }, 'bank.errors.answered');
    const item = result.item;
    if (!done || !item) {
      this.showTabWithErrors();
      return;
    }
    this.tried.set(false);
    this.savedOnce.set(true);
    this.item.set(item);
    this.edit(itemDraft(item));
    this.announcement.set(this.i18n.t('bank.saved'));
    if (this.isNew()) {
      await this.router.navigate(['/assessment/items', item.id], { replaceUrl: true });
    }
  }

  protected async toggleRetired(item: AssessmentItemDetail): Promise<void> {
    const retire = item.status === 'active';
    const done = await this.acting.run(async () => {
      const changed = await this.api.setRetired(item.id, retire);
      // Only the status changes: edits in progress stay.
      this.item.set(changed);
    });
    if (done) {
      this.announcement.set(this.i18n.t(retire ? 'bank.retiredDone' : 'bank.restoredDone'));
    }
  }

  /** Puts a draft in the form: what is saved, against which later edits count as unsaved. */
  private edit(draft: ItemDraft): void {
    showItemDraft(this.form, draft, this.locked());
    this.snapshot.set(JSON.stringify(this.draft()));
    this.ready.set(true);
  }

  private showTabWithErrors(): void {
    const errors = this.tabErrors();
    const [first] = [...errors] as LanguageCode[];
    if (first && !errors.has(this.tab())) this.tab.set(first);
  }

  private async load(itemId: string): Promise<void> {
    this.mode.set('edit');
    this.tried.set(false);
    this.saving.clear();
    this.serverFields.set({});
    // Just created: the page already holds the saved item.
    const current = this.item();
    if (current && current.id === itemId) return;
    if (itemId === 'new') {
      this.item.set(null);
      this.edit(newItemDraft());
      this.tab.set(this.i18n.language());
      return;
    }
    this.ready.set(false);
    await this.loading.run(async () => {
      const item = await this.api.item(itemId);
      this.item.set(item);
      this.edit(itemDraft(item));
      const ui = this.i18n.language();
      this.tab.set(item.translations[ui] ? ui : item.fallbackLanguage);
    });
  }
}
