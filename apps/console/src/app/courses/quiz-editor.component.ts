import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
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

import { swap } from '../shared/options';
import { OptionsEditorComponent } from '../shared/options-editor.component';
import { type ItemDraft, newQuestion, type QuestionDraft, withKind } from './drafts';
import type { Saving } from './saving';

/**
 * A quiz's questions: kind, prompt and options in the language shown, and the answer key,
 * which is the same in every language. Ordering questions get their right order separately
 * from the order learners first see.
 */
@Component({
  selector: 'pc-quiz-editor',
  imports: [
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
  readonly draft = model.required<ItemDraft>();
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

  protected setQuestion(index: number, change: (q: QuestionDraft) => QuestionDraft): void {
    this.draft.update((d) => ({
      ...d,
      questions: d.questions.map((q, i) => (i === index ? change(q) : q)),
    }));
  }

  protected replaceQuestion(index: number, question: QuestionDraft): void {
    this.setQuestion(index, () => question);
  }

  protected setPrompt(index: number, prompt: string): void {
    const code = this.language();
    this.setQuestion(index, (q) => ({
      ...q,
      texts: { ...q.texts, [code]: { ...q.texts[code], prompt } },
    }));
  }

  protected setKind(index: number, kind: string): void {
    this.setQuestion(index, (q) => withKind(q, kind as QuestionKind));
  }

  protected addQuestion(): void {
    this.draft.update((d) => ({ ...d, questions: [...d.questions, newQuestion()] }));
  }

  protected removeQuestion(index: number): void {
    this.draft.update((d) => ({ ...d, questions: d.questions.filter((_, i) => i !== index) }));
  }

  protected moveQuestion(index: number, by: -1 | 1): void {
    this.draft.update((d) => ({ ...d, questions: swap(d.questions, index, by) }));
  }
}
