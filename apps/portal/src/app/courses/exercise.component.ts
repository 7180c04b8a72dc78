import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type {
  ExerciseView,
  FeedbackEntry,
  SubmissionKind,
  SubmissionView,
} from '@passerelle/contracts';
import type { GradingResult, TestResult } from '@passerelle/grading';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { renderMarkdown } from '@passerelle/web-ui/markdown';

import { CodeEditorComponent } from './code-editor.component';
import { CoursesApi } from './courses.api';
import { DraftSync } from './draft-sync';
import { type ProblemText, runProblem, testProblem } from './grading-text';

/**
 * A coding exercise: the prompt, the examples, hints one at a time, the editor, and per-test
 * results from the server. Drafts are kept on the device at every keystroke and on the server
 * soon after (see DraftSync); the server keeps every run and submission.
 */
@Component({
  selector: 'pl-exercise',
  imports: [CodeEditorComponent, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exercise.component.html',
  styleUrl: './exercise.component.css',
  providers: [DraftSync],
})
export class ExerciseComponent {
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  private readonly drafts = inject(DraftSync);
  readonly courseId = input.required<string>();
  readonly itemId = input.required<string>();
  readonly passed = output<void>();

  protected readonly exercise = signal<ExerciseView | null>(null);
  protected readonly source = signal('');
  protected readonly hints = signal<string[]>([]);
  protected readonly submission = signal<SubmissionView | null>(null);
  protected readonly busy = signal<SubmissionKind | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  /** Mentors' comments on this exercise; `fresh` ones were unread when the page opened. */
  protected readonly feedback = signal<FeedbackEntry[]>([]);
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());
  protected readonly askingHelp = signal(false);
  protected readonly prompt = computed(() => renderMarkdown(this.exercise()?.prompt ?? ''));
  protected readonly draftStatus = computed(() => {
    const status = this.drafts.status();
    return status && (`draft.${status}` as MessageKey);
  });
  private readonly editor = viewChild(CodeEditorComponent);
  /** The exercise whose code the editor holds; reloading it (new language) keeps the code. */
  private shownItemId: string | null = null;

  constructor() {
    effect(() => void this.load(this.courseId(), this.itemId(), this.i18n.language()));
  }

  protected edit(text: string): void {
    this.source.set(text);
    this.drafts.changed(this.courseId(), this.itemId(), text);
  }

  protected reset(): void {
    const starter = this.exercise()?.starter ?? '';
    this.editor()?.setValue(starter);
    this.edit(starter);
  }

  protected async hint(): Promise<void> {
    try {
      this.hints.set(
        (await this.api.revealHint(this.courseId(), this.itemId(), this.i18n.language())).hints,
      );
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }

  protected async send(kind: SubmissionKind): Promise<void> {
    this.busy.set(kind);
    this.error.set(null);
    try {
      const submission = await this.api.submit(this.courseId(), this.itemId(), kind, this.source());
      this.submission.set(submission);
      if (kind === 'submit' && submission.result.status === 'pass') {
        this.exercise.update((e) => (e ? { ...e, passed: true } : e));
        this.passed.emit();
      }
    } catch (error) {
      this.error.set(explainError(error).message);
    } finally {
      this.busy.set(null);
    }
  }

  protected async askForHelp(submission: SubmissionView): Promise<void> {
    this.askingHelp.set(true);
    try {
      this.submission.set(await this.api.requestHelp(submission.id));
    } catch (error) {
      this.error.set(explainError(error).message);
    } finally {
      this.askingHelp.set(false);
    }
  }

  protected markdown(text: string): string {
    return renderMarkdown(text);
  }

  protected verdict(submission: SubmissionView): MessageKey {
    return `exercise.verdict.${submission.result.status}` as MessageKey;
  }

  /** The grader's words in the learner's language; their own code's values and errors as is. */
  protected runProblem(result: GradingResult): ProblemText {
    return runProblem(result, (key, params) => this.i18n.t(key, params));
  }

  protected testProblem(test: TestResult): ProblemText {
    return testProblem(test, (key, params) => this.i18n.t(key, params));
  }

  private async load(
    courseId: string,
    itemId: string,
    lang: ExerciseView['language'],
  ): Promise<void> {
    if (this.shownItemId !== itemId) {
      // Another exercise (the next one, in the same page): the editor is made anew for its code.
      this.exercise.set(null);
      this.submission.set(null);
    }
    try {
      const exercise = await this.api.exercise(courseId, itemId, lang);
      if (this.shownItemId !== itemId) {
        this.source.set(this.drafts.open(courseId, itemId, exercise));
        this.shownItemId = itemId;
      }
      this.exercise.set(exercise);
      this.hints.set(exercise.hints);
    } catch (error) {
      this.error.set(explainError(error).message);
      return;
    }
    await this.loadFeedback(itemId, lang);
  }

  /** Shows mentors' comments on this exercise, and marks the new ones as read. */
  private async loadFeedback(itemId: string, lang: ExerciseView['language']): Promise<void> {
    try {
      const { entries } = await this.api.feedback(lang, itemId);
      const unread = entries.filter((e) => !e.read).map((e) => e.id);
      this.feedback.set(entries);
      this.fresh.set(new Set(unread));
      if (unread.length > 0) await this.api.markFeedbackRead(unread);
    } catch {
      // Feedback is extra: the exercise works without it.
      this.feedback.set([]);
    }
  }
}
