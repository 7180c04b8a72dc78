import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type AuthoringItem,
  type AuthoringModule,
  type CourseAuthoring,
  ItemKind,
  LANGUAGE_CODES,
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
import { fill, perLanguage, prune, writtenLanguages } from '../shared/per-language';
import { Saving } from '../shared/saving';
import { AuthoringApi } from './authoring.api';

/**
 * The course's modules and their items: add, rename, reorder (buttons, so keyboards and
 * screen readers can), delete. Items open in their own editor.
 */
@Component({
  selector: 'pc-course-outline',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    LanguageTabsComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './course-outline.component.css'],
  templateUrl: './course-outline.component.html',
})
export class CourseOutlineComponent {
  private readonly api = inject(AuthoringApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly course = input.required<CourseAuthoring>();
  /** After every change: the page reads the course again. */
  readonly changed = output<void>();

  protected readonly kinds = [ItemKind.Lesson, ItemKind.Quiz, ItemKind.Exercise];
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly saving = new Saving();
  protected readonly announcement = signal('');
  /** The module being renamed; its titles as being edited are in `renameForm`. */
  protected readonly renaming = signal<{ id: string } | null>(null);
  protected readonly renameForm = this.fb.group(perLanguage(() => this.fb.control('')));
  private readonly renameTitles = formState(this.renameForm).value;
  protected readonly renameTab = signal<LanguageCode>('en');
  /** What awaits a confirmation before it is deleted: a module or item id. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly newModuleTitle = this.fb.control('');
  protected readonly renameWritten = computed(() => {
    const titles = this.renameTitles();
    return this.renaming()
      ? writtenLanguages(perLanguage((code) => ({ title: titles[code] })))
      : new Set<string>();
  });
  protected readonly itemCount = computed(() =>
    this.course().modules.reduce((sum, m) => sum + m.items.length, 0),
  );

  private pendingFocus: string[] | null = null;

  constructor() {
    // Each change reloads the course; focus moves once it is drawn again.
    effect(() => {
      this.course();
      untracked(() => this.applyFocus());
    });
  }

  protected title(translations: Translations<{ title: string }>): string {
    const course = this.course();
    return localize(translations, this.i18n.language(), course.defaultLanguage).text.title;
  }

  protected languagesOf(translations: Translations<unknown>): LanguageCode[] {
    return LANGUAGE_CODES.filter((code) => translations[code]);
  }

  protected languageName(code: LanguageCode): string {
    return languageInfo(code).nativeName;
  }

  protected kindLabel(kind: string): MessageKey {
    return `courses.kind.${kind}` as MessageKey;
  }

  protected addLabel(kind: string): MessageKey {
    return `authoring.add.${kind}` as MessageKey;
  }

  protected dir(code: LanguageCode): string {
    return languageInfo(code).dir;
  }

  protected async addModule(): Promise<void> {
    const title = this.newModuleTitle.value.trim();
    const course = this.course();
    const added = await this.saving.run(() =>
      this.api.addModule(course.id, { translations: { [course.defaultLanguage]: { title } } }),
    );
    if (!added) return;
    this.newModuleTitle.reset();
    this.announcement.set(this.i18n.t('authoring.moduleAdded', { title }));
    this.changed.emit();
  }

  protected startRename(module: AuthoringModule): void {
    this.saving.clear();
    this.confirming.set(null);
    const titles = fill(module.translations, () => ({ title: '' }));
    this.renameForm.setValue(perLanguage((code) => titles[code].title));
    this.renaming.set({ id: module.id });
    const ui = this.i18n.language();
    this.renameTab.set(module.translations[ui] ? ui : this.course().defaultLanguage);
    this.focusSoon(`#rename-input-${module.id}`);
  }

  protected async saveRename(): Promise<void> {
    const renaming = this.renaming();
    if (!renaming) return;
    const titles = this.renameForm.getRawValue();
    const translations = prune(
      perLanguage((code) => ({ title: titles[code] })),
      (t) => !t.title.trim(),
    );
    const saved = await this.saving.run(() =>
      this.api.updateModule(this.course().id, renaming.id, { translations }),
    );
    if (!saved) return;
    this.renaming.set(null);
    this.changed.emit();
    this.focusLater(`#rename-${renaming.id}`);
  }

  protected cancelRename(id: string): void {
    this.renaming.set(null);
    this.saving.clear();
    this.focusSoon(`#rename-${id}`);
  }

  protected async moveModule(module: AuthoringModule, index: number, by: -1 | 1): Promise<void> {
    const position = index + by;
    const moved = await this.saving.run(() =>
      this.api.updateModule(this.course().id, module.id, { position }),
    );
    if (!moved) return;
    this.announce('authoring.movedModule', this.title(module.translations), position);
    this.changed.emit();
    this.focusMoveButton(module.id, by);
  }

  /**
   * Moves an item one place; past the first or last place of its module it goes on to the end
   * of the module before, or the start of the module after.
   */
  protected async moveItem(m: number, i: number, by: -1 | 1): Promise<void> {
    const modules = this.course().modules;
    const module = modules[m];
    const item = module.items[i];
    const within = i + by >= 0 && i + by < module.items.length;
    const target = within ? module : modules[m + by];
    if (!target) return;
    const position = within ? i + by : by === -1 ? target.items.length : 0;
    const moved = await this.saving.run(() =>
      this.api.updateItem(
        this.course().id,
        module.id,
        item.id,
        within ? { position } : { moduleId: target.id, position },
      ),
    );
    if (!moved) return;
    this.announce('authoring.movedItem', this.title(item.translations), position, target);
    this.changed.emit();
    this.focusMoveButton(item.id, by);
  }

  protected isFirstItem(m: number, i: number): boolean {
    return m === 0 && i === 0;
  }

  protected isLastItem(m: number, i: number): boolean {
    const modules = this.course().modules;
    return m === modules.length - 1 && i === modules[m].items.length - 1;
  }

  /** Whether an item can move past its module's edge into a neighbouring module. */
  protected canMoveItem(m: number, i: number, by: -1 | 1): boolean {
    const modules = this.course().modules;
    const inside = i + by >= 0 && i + by < modules[m].items.length;
    return inside || modules[m + by] !== undefined;
  }

  protected askDelete(id: string): void {
    this.saving.clear();
    this.renaming.set(null);
    this.confirming.set(id);
    this.focusSoon(`#confirm-${id}`);
  }

  protected cancelDelete(id: string): void {
    this.confirming.set(null);
    this.focusSoon(`#delete-${id}`);
  }

  protected async deleteModule(module: AuthoringModule): Promise<void> {
    const deleted = await this.saving.run(
      () => this.api.deleteModule(this.course().id, module.id),
      'authoring.errors.moduleInUse',
    );
    this.confirming.set(null);
    if (!deleted) return;
    this.announcement.set(
      this.i18n.t('authoring.deleted', { title: this.title(module.translations) }),
    );
    this.changed.emit();
    this.focusLater('#new-module-title');
  }

  protected async deleteItem(module: AuthoringModule, item: AuthoringItem): Promise<void> {
    const deleted = await this.saving.run(
      () => this.api.deleteItem(this.course().id, module.id, item.id),
      'authoring.errors.itemInUse',
    );
    this.confirming.set(null);
    if (!deleted) return;
    this.announcement.set(
      this.i18n.t('authoring.deleted', { title: this.title(item.translations) }),
    );
    this.changed.emit();
    this.focusLater(`#add-lesson-${module.id}`);
  }

  private announce(
    key: MessageKey,
    title: string,
    position: number,
    module?: AuthoringModule,
  ): void {
    this.announcement.set(
      this.i18n.t(key, {
        title,
        position: position + 1,
        module: module ? this.title(module.translations) : '',
      }),
    );
  }

  /** After a move, keeps focus on the moved entry's button, or on its twin at an edge. */
  private focusMoveButton(id: string, by: -1 | 1): void {
    const [direction, other] = by === -1 ? ['up', 'down'] : ['down', 'up'];
    this.focusLater(`#move-${direction}-${id}`, `#move-${other}-${id}`);
  }

  /**
   * Focuses the first enabled element of `selectors` once the course has been read again
   * and drawn: moving entries re-orders the page, which would otherwise drop the focus.
   */
  private focusLater(...selectors: string[]): void {
    this.pendingFocus = selectors;
  }

  private applyFocus(): void {
    const selectors = this.pendingFocus;
    if (!selectors) return;
    this.pendingFocus = null;
    this.focusSoon(...selectors);
  }

  /** Focuses the first enabled element of `selectors` once the page has been drawn. */
  private focusSoon(...selectors: string[]): void {
    setTimeout(() => {
      for (const selector of selectors) {
        const element = this.host.nativeElement.querySelector<HTMLButtonElement>(selector);
        if (element && !element.disabled) {
          element.focus();
          return;
        }
      }
    });
  }
}
