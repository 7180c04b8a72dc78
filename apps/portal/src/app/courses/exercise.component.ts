import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  Injector,
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
  private readonly injector = inject(Injector);
  private readonly window = inject(DOCUMENT).defaultView;
  readonly courseId = input.required<string>();
  readonly itemId = input.required<string>();
  readonly passed = output<void>();

  protected readonly exercise = signal<ExerciseView | null>(null);
  protected readonly source = signal('');
  protected readonly hints = signal<string[]>([]);
  protected readonly submission = signal<SubmissionView | null>(null);
  protected readonly busy = signal<SubmissionKind | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  /** Why the last run or submission did not reach the grader, shown where its verdict goes. */
  protected readonly sendError = signal<UiMessage | null>(null);
  /** The code replaced by the last "start again", until it is brought back. */
  protected readonly undoSource = signal<string | null>(null);
  protected readonly resetNotice = signal<MessageKey | null>(null);
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
  private readonly verdictHeading = viewChild<ElementRef<HTMLElement>>('verdictTitle');
  private readonly resetDialog = viewChild<ElementRef<HTMLDialogElement>>('resetDialog');
  /** The exercise whose code the editor holds; reloading it (new language) keeps the code. */
  private shownItemId: string | null = null;

  constructor() {
    effect(() => void this.load(this.courseId(), this.itemId(), this.i18n.language()));
  }

  protected edit(text: string): void {
    this.source.set(text);
    this.drafts.changed(this.courseId(), this.itemId(), text);
  }

  /** "Start again" asks first: the learner's code is only replaced once they confirm. */
  protected askReset(): void {
    this.resetDialog()?.nativeElement.showModal();
  }

  protected closeReset(): void {
    this.resetDialog()?.nativeElement.close();
  }

  /** Puts the starter back, keeping the learner's code on the device for "Undo". */
  protected confirmReset(): void {
    this.closeReset();
    const previous = this.source();
    this.drafts.keepForUndo(this.itemId(), previous);
    this.undoSource.set(previous);
    this.replaceCode(this.exercise()?.starter ?? '');
    this.resetNotice.set('exercise.reset.done');
  }

  protected undoReset(): void {
    const previous = this.undoSource();
    if (previous === null) return;
    this.replaceCode(previous);
    this.drafts.dropUndo(this.itemId());
    this.undoSource.set(null);
    this.resetNotice.set('exercise.reset.undone');
  }

  private replaceCode(text: string): void {
    this.editor()?.setValue(text);
    this.edit(text);
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

  /**
   * Runs the examples or submits. The verdict's place shows "checking…" at once and then the
   * result, and is brought into view with the focus on it: on a phone it is below the editor.
   */
  protected async send(kind: SubmissionKind): Promise<void> {
    this.busy.set(kind);
    this.sendError.set(null);
    this.submission.set(null);
    this.showVerdict();
    try {
      const submission = await this.api.submit(this.courseId(), this.itemId(), kind, this.source());
      this.submission.set(submission);
      if (kind === 'submit' && submission.result.status === 'pass') {
        this.exercise.update((e) => (e ? { ...e, passed: true } : e));
        this.drafts.dropUndo(this.itemId());
        this.undoSource.set(null);
        this.passed.emit();
      }
    } catch (error) {
      this.sendError.set(explainError(error).message);
    } finally {
      this.busy.set(null);
      this.showVerdict();
    }
  }

  protected passedCount(submission: SubmissionView): number {
    return submission.result.tests.filter((t) => t.status === 'pass').length;
  }

  /** Scrolls the verdict into view (smoothly, unless the learner asks for less motion) and focuses it. */
  private showVerdict(): void {
    afterNextRender(
      () => {
        const verdict = this.verdictHeading()?.nativeElement;
        if (!verdict) return;
        const still = this.window?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        verdict.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
        verdict.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
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
      this.sendError.set(null);
    }
    try {
      const exercise = await this.api.exercise(courseId, itemId, lang);
      if (this.shownItemId !== itemId) {
        this.source.set(this.drafts.open(courseId, itemId, exercise));
        this.undoSource.set(this.drafts.undoCopy(itemId));
        this.resetNotice.set(this.undoSource() === null ? null : 'exercise.reset.done');
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
