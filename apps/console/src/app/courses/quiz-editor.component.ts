import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import {
  type LanguageCode,
  languageInfo,
  QUESTION_OPTIONS_MAX,
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

import {
  type ItemDraft,
  newQuestion,
  type QuestionDraft,
  swap,
  withKind,
  withOption,
  withoutOption,
} from './drafts';
import type { Saving } from './saving';

/**
 * A quiz's questions: kind, prompt and options in the language shown, and the answer key,
 * which is the same in every language. Ordering questions get their right order separately
 * from the order learners first see.
 */
@Component({
  selector: 'pc-quiz-editor',
  imports: [FieldComponent, FieldControlDirective, IconComponent, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './quiz-editor.component.css',
  templateUrl: './quiz-editor.component.html',
})
export class QuizEditorComponent {
  readonly draft = model.required<ItemDraft>();
  readonly language = input.required<LanguageCode>();
  readonly defaultLanguage = input.required<LanguageCode>();
  readonly saving = input.required<Saving>();

  protected readonly kinds = Object.values(QuestionKind);
  protected readonly optionsMax = QUESTION_OPTIONS_MAX;
  protected readonly questionsMax = QUIZ_QUESTIONS_MAX;
  protected readonly dir = computed(() => languageInfo(this.language()).dir);

  protected kindLabel(kind: string): MessageKey {
    return `authoring.questionKind.${kind}` as MessageKey;
  }

  /** An option's text in the language shown, else in the default language, for labels. */
  protected optionText(question: QuestionDraft, index: number): string {
    return (
      question.texts[this.language()].options[index] ||
      question.texts[this.defaultLanguage()].options[index] ||
      `#${index + 1}`
    );
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

  protected setPrompt(index: number, prompt: string): void {
    const code = this.language();
    this.setQuestion(index, (q) => ({
      ...q,
      texts: { ...q.texts, [code]: { ...q.texts[code], prompt } },
    }));
  }

  protected setOption(index: number, option: number, text: string): void {
    const code = this.language();
    this.setQuestion(index, (q) => ({
      ...q,
      texts: {
        ...q.texts,
        [code]: {
          ...q.texts[code],
          options: q.texts[code].options.map((o, i) => (i === option ? text : o)),
        },
      },
    }));
  }

  protected setKind(index: number, kind: string): void {
    this.setQuestion(index, (q) => withKind(q, kind as QuestionKind));
  }

  protected setRight(index: number, option: number, checked: boolean): void {
    this.setQuestion(index, (q) => ({
      ...q,
      answer:
        q.kind === 'single'
          ? [option]
          : checked
            ? [...new Set([...q.answer, option])].sort((a, b) => a - b)
            : q.answer.filter((o) => o !== option),
    }));
  }

  protected addOption(index: number): void {
    this.setQuestion(index, withOption);
  }

  protected removeOption(index: number, option: number): void {
    this.setQuestion(index, (q) => withoutOption(q, option));
  }

  protected moveInOrder(index: number, position: number, by: -1 | 1): void {
    this.setQuestion(index, (q) => ({ ...q, answer: swap(q.answer, position, by) }));
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
