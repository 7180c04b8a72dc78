import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
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
import type { ExerciseDraft, ItemDraft } from './drafts';

type CodeField = 'starter' | 'exampleTests' | 'hiddenTests';

/**
 * A coding exercise. `part="texts"`: the prompt and hints in the language shown; `part="code"`:
 * the solution file, the starter, the tests and an optional reference solution, which are the
 * same in every language. Code stays left-to-right in any language.
 */
@Component({
  selector: 'pc-exercise-editor',
  imports: [FieldComponent, FieldControlDirective, IconComponent, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './exercise-editor.component.css'],
  templateUrl: './exercise-editor.component.html',
})
export class ExerciseEditorComponent {
  readonly draft = model.required<ItemDraft>();
  readonly part = input.required<'texts' | 'code'>();
  readonly language = input.required<LanguageCode>();
  readonly saving = input.required<Saving>();

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
  protected readonly exercise = computed(() => this.draft().exercise);

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

  protected setExercise(change: Partial<ExerciseDraft>): void {
    this.draft.update((d) => ({ ...d, exercise: { ...d.exercise, ...change } }));
  }

  protected setCode(field: CodeField, value: string): void {
    this.setExercise({ [field]: value });
  }

  protected setPrompt(prompt: string): void {
    const code = this.language();
    const texts = this.exercise().texts;
    this.setExercise({ texts: { ...texts, [code]: { ...texts[code], prompt } } });
  }

  protected setHint(index: number, hint: string): void {
    const code = this.language();
    const texts = this.exercise().texts;
    this.setExercise({
      texts: {
        ...texts,
        [code]: {
          ...texts[code],
          hints: texts[code].hints.map((h, i) => (i === index ? hint : h)),
        },
      },
    });
  }

  /** Hints line up across languages: adding or removing one does so in every language. */
  protected addHint(): void {
    this.setExercise({ texts: this.eachLanguage((hints) => [...hints, '']) });
  }

  protected removeHint(index: number): void {
    this.setExercise({ texts: this.eachLanguage((hints) => hints.filter((_, i) => i !== index)) });
  }

  protected setReference(referenceSolution: string): void {
    this.draft.update((d) => ({ ...d, referenceSolution }));
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

  private eachLanguage(change: (hints: string[]) => string[]): ExerciseDraft['texts'] {
    const texts = this.exercise().texts;
    return Object.fromEntries(
      LANGUAGE_CODES.map((code) => [code, { ...texts[code], hints: change(texts[code].hints) }]),
    ) as ExerciseDraft['texts'];
  }
}
