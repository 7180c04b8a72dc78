import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  EXERCISE_CODE_MAX_LENGTH,
  EXERCISE_HINTS_MAX,
  EXERCISE_PROMPT_MAX_LENGTH,
  HINT_MAX_LENGTH,
  LANGUAGE_CODES,
  type LanguageCode,
  languageInfo,
} from '@passerelle/contracts';
import {
  FieldComponent,
  FieldControlDirective,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import type { Saving } from '../shared/saving';
import type { ItemDraft } from './drafts';
import type { CourseItemForm } from './item-form';

type CodeField = 'starter' | 'exampleTests' | 'hiddenTests';

/**
 * A coding exercise. `part="texts"`: the prompt and hints in the language shown; `part="code"`:
 * the solution file, the starter, the tests and an optional reference solution, which are the
 * same in every language. Code stays left-to-right in any language.
 */
@Component({
  selector: 'pc-exercise-editor',
  imports: [
    ReactiveFormsModule,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './exercise-editor.component.css'],
  templateUrl: './exercise-editor.component.html',
})
export class ExerciseEditorComponent {
  /** The item as edited, to show; its controls are in `form`. */
  readonly draft = input.required<ItemDraft>();
  readonly form = input.required<CourseItemForm>();
  readonly part = input.required<'texts' | 'code'>();
  readonly language = input.required<LanguageCode>();
  readonly saving = input.required<Saving>();
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly promptMax = EXERCISE_PROMPT_MAX_LENGTH;
  protected readonly hintMax = HINT_MAX_LENGTH;
  protected readonly hintsMax = EXERCISE_HINTS_MAX;
  protected readonly codeMax = EXERCISE_CODE_MAX_LENGTH;
  protected readonly codeFields: {
    field: CodeField;
    label: 'authoring.starter' | 'authoring.exampleTests' | 'authoring.hiddenTests';
    hint: 'authoring.starterHint' | 'authoring.exampleTestsHint' | 'authoring.hiddenTestsHint';
  }[] = [
    { field: 'starter', label: 'authoring.starter', hint: 'authoring.starterHint' },
    { field: 'exampleTests', label: 'authoring.exampleTests', hint: 'authoring.exampleTestsHint' },
    { field: 'hiddenTests', label: 'authoring.hiddenTests', hint: 'authoring.hiddenTestsHint' },
  ];
  protected readonly dir = computed(() => languageInfo(this.language()).dir);
  protected readonly exercise = computed(() => this.form().controls.exercise.controls);
  /** The prompt and hints controls of the language shown. */
  protected readonly text = computed(
    () => this.exercise().texts.controls[this.language()].controls,
  );
  /** The hint controls of the language shown, again whenever the draft changes. */
  protected readonly hints = computed(() => {
    this.draft();
    return [...this.text().hints.controls];
  });

  protected textError(field: 'prompt' | 'hints') {
    const base = `exercise.translations.${this.language()}`;
    return (
      this.saving().field(`${base}.${field}`) ??
      (field === 'prompt' ? this.saving().field(base) : null)
    );
  }

  protected hintError(index: number) {
    return this.saving().field(`exercise.translations.${this.language()}.hints.${index}`);
  }

  /** Hints line up across languages: adding or removing one does so in every language. */
  protected addHint(): void {
    for (const code of LANGUAGE_CODES) this.hintsIn(code).push(this.fb.control(''));
  }

  protected removeHint(index: number): void {
    for (const code of LANGUAGE_CODES) this.hintsIn(code).removeAt(index);
  }

  /**
   * In code fields Tab types two spaces, as in a code editor; after Escape, Tab leaves the
   * field as usual, so the keyboard is never trapped.
   */
  protected onTab(event: KeyboardEvent): void {
    const area = event.target as HTMLTextAreaElement;
    if (event.key === 'Escape') {
      area.dataset['tabExit'] = 'yes';
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey) return;
    if (area.dataset['tabExit'] === 'yes') return;
    event.preventDefault();
    area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
    area.dispatchEvent(new Event('input'));
  }

  protected onCodeFocus(event: FocusEvent): void {
    (event.target as HTMLTextAreaElement).dataset['tabExit'] = 'no';
  }

  private hintsIn(code: LanguageCode) {
    return this.exercise().texts.controls[code].controls.hints;
  }
}
