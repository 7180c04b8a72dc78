import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { type LanguageCode, languageInfo } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import {
  optionCount,
  type OptionsDraft,
  withOption,
  withOptionMoved,
  withOptionText,
  withOrderMoved,
  withoutOption,
  withRight,
} from './options';

/**
 * The options of a question in the language shown, with its answer key: options are added,
 * removed and moved in every language at once; the right option(s) are ticked, or for an
 * ordering the right order is set apart from the order learners first see. Used by the quiz
 * editor and the assessment item editor. What comes inside the element is shown as the hint
 * under the legend; an element marked `footer` comes last.
 */
@Component({
  selector: 'pc-options-editor',
  imports: [IconComponent, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./forms.css', './options-editor.component.css'],
  templateUrl: './options-editor.component.html',
})
export class OptionsEditorComponent<T extends OptionsDraft> {
  readonly value = model.required<T>();
  readonly language = input.required<LanguageCode>();
  /** Whose texts stand in for options not written in the language shown. */
  readonly fallbackLanguage = input.required<LanguageCode>();
  readonly legend = input.required<MessageKey>();
  readonly maxLength = input.required<number>();
  readonly min = input.required<number>();
  readonly max = input.required<number>();
  /**
   * Tells this list's controls apart from others on the page: in test ids (`option-0-1` for
   * scope 0, else `option-1`) and in the name of the right-answer radio group.
   */
  readonly scope = input<string | number | null>(null);
  /** Whether options can be moved up and down (they always can in the right order). */
  readonly movable = input(false);
  /** Once answered, the options and answer key stay; only texts can change. */
  readonly locked = input(false);
  readonly error = input<UiMessage | null>(null);
  readonly optionErrors = input<readonly (UiMessage | null)[]>([]);

  protected readonly dir = computed(() => languageInfo(this.language()).dir);
  protected readonly options = computed(() => this.value().texts[this.language()].options);
  protected readonly count = computed(() => optionCount(this.value()));
  protected readonly ordering = computed(() => this.value().kind === 'ordering');
  protected readonly multiple = computed(() => this.value().kind === 'multiple');

  protected id(name: string, index?: number): string {
    const scope = this.scope();
    return [name, scope, index].filter((part) => part !== null && part !== undefined).join('-');
  }

  /** An option's text in the language shown, else in the fallback language, for labels. */
  protected optionText(index: number): string {
    const texts = this.value().texts;
    return (
      texts[this.language()].options[index] ||
      texts[this.fallbackLanguage()].options[index] ||
      `#${index + 1}`
    );
  }

  protected setOption(index: number, text: string): void {
    this.value.update((v) => withOptionText(v, this.language(), index, text));
  }

  protected setRight(index: number, right: boolean): void {
    this.value.update((v) => withRight(v, index, right));
  }

  protected addOption(): void {
    this.value.update(withOption);
  }

  protected removeOption(index: number): void {
    this.value.update((v) => withoutOption(v, index));
  }

  protected moveOption(index: number, by: -1 | 1): void {
    this.value.update((v) => withOptionMoved(v, index, by));
  }

  protected moveInOrder(position: number, by: -1 | 1): void {
    this.value.update((v) => withOrderMoved(v, position, by));
  }
}
