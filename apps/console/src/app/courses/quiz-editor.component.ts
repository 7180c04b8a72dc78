import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  type LanguageCode,
  languageInfo,
  QUESTION_OPTION_MAX_LENGTH,
  QUESTION_OPTIONS_MAX,
  QUESTION_OPTIONS_MIN,
  QUESTION_PROMPT_MAX_LENGTH,
  QuestionKind,
  QUIZ_QUESTIONS_MAX,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import {
  FieldComponent,
  FieldControlDirective,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { OptionsEditorComponent } from '../shared/options-editor.component';
import type { Saving } from '../shared/saving';
import type { ItemDraft, QuestionChoices } from './drafts';
import { type CourseItemForm, newQuestionForm } from './item-form';

/**
 * A quiz's questions: kind, prompt and options in the language shown, and the answer key,
 * which is the same in every language. Ordering questions get their right order separately
 * from the order learners first see.
 */
@Component({
  selector: 'pc-quiz-editor',
  imports: [
    ReactiveFormsModule,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    OptionsEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './quiz-editor.component.css'],
  templateUrl: './quiz-editor.component.html',
})
export class QuizEditorComponent {
  /** The item as edited, to show; its controls are in `form`. */
  readonly draft = input.required<ItemDraft>();
  readonly form = input.required<CourseItemForm>();
  readonly language = input.required<LanguageCode>();
  readonly defaultLanguage = input.required<LanguageCode>();
  readonly saving = input.required<Saving>();

  protected readonly kinds = Object.values(QuestionKind);
  protected readonly optionsMax = QUESTION_OPTIONS_MAX;
  protected readonly optionsMin = QUESTION_OPTIONS_MIN;
  protected readonly promptMax = QUESTION_PROMPT_MAX_LENGTH;
  protected readonly optionMax = QUESTION_OPTION_MAX_LENGTH;
  protected readonly questionsMax = QUIZ_QUESTIONS_MAX;
  protected readonly dir = computed(() => languageInfo(this.language()).dir);
  private readonly fb = inject(NonNullableFormBuilder);
  /** The questions' controls, again whenever the draft changes. */
  protected readonly questions = computed(() => {
    this.draft();
    return [...this.form().controls.questions.controls];
  });

  protected kindLabel(kind: string): MessageKey {
    return `authoring.questionKind.${kind}` as MessageKey;
  }

  protected error(path: string) {
    return this.saving().field(path);
  }

  protected optionsError(q: number) {
    const base = `questions.${q}.translations`;
    return (
      this.error(`${base}.${this.language()}.options`) ??
      this.error(`${base}.${this.language()}`) ??
      this.error(base)
    );
  }

  protected setChoices(index: number, choices: QuestionChoices): void {
    this.form().controls.questions.at(index).controls.choices.setValue(choices);
  }

  protected addQuestion(): void {
    this.form().controls.questions.push(newQuestionForm(this.fb));
  }

  protected removeQuestion(index: number): void {
    this.form().controls.questions.removeAt(index);
  }

  protected moveQuestion(index: number, by: -1 | 1): void {
    const questions = this.form().controls.questions;
    const target = index + by;
    if (target < 0 || target >= questions.length) return;
    const question = questions.at(index);
    questions.removeAt(index, { emitEvent: false });
    questions.insert(target, question);
  }
}
