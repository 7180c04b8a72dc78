import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type ItemView, languageInfo, type QuizResult } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { renderMarkdown } from '@passerelle/web-ui/markdown';

import {
  type CourseProblem,
  CourseProblemComponent,
  courseProblemOf,
} from './course-problem.component';
import { CoursesApi } from './courses.api';
import { ExerciseComponent } from './exercise.component';

/** One step of a course: a lesson to read, or a quiz answered one question per screen. */
@Component({
  selector: 'pl-item-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MessagePipe,
    IconComponent,
    ExerciseComponent,
    CourseProblemComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item.page.html',
  styleUrl: './item.page.css',
})
export class ItemPage {
  private readonly api = inject(CoursesApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  readonly courseId = input.required<string>();
  readonly itemId = input.required<string>();

  protected readonly item = signal<ItemView | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  /** Why the step could not open, with the next step to offer. */
  protected readonly problem = signal<CourseProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly html = computed(() => renderMarkdown(this.item()?.body ?? ''));
  protected readonly dir = computed(() => languageInfo(this.item()?.language ?? 'en').dir);
  protected readonly otherLanguage = computed(() => {
    const item = this.item();
    return item !== null && item.language !== this.i18n.language();
  });

  // Quiz state: the answers so far, the question shown, and the server's verdict.
  protected readonly current = signal(0);
  protected readonly answers = signal<number[][]>([]);
  protected readonly result = signal<QuizResult | null>(null);
  protected readonly exercisePassed = signal(false);
  protected readonly question = computed(() => this.item()?.questions?.[this.current()] ?? null);

  constructor() {
    effect(() => void this.load(this.courseId(), this.itemId(), this.i18n.language()));
  }

  protected hint(kind: string): MessageKey {
    return `quiz.${kind}` as MessageKey;
  }

  protected isChosen(option: number): boolean {
    return (this.answers()[this.current()] ?? []).includes(option);
  }

  protected choose(option: number, kind: string, checked: boolean): void {
    this.update((chosen) =>
      kind === 'single'
        ? [option]
        : checked
          ? [...chosen.filter((o) => o !== option), option].sort((a, b) => a - b)
          : chosen.filter((o) => o !== option),
    );
  }

  /** The options of an ordering question, in the order the learner put them. */
  protected order(): number[] {
    return this.answers()[this.current()] ?? [];
  }

  protected move(position: number, by: -1 | 1): void {
    this.update((order) => {
      const next = [...order];
      const target = position + by;
      if (target < 0 || target >= next.length) return next;
      [next[position], next[target]] = [next[target], next[position]];
      return next;
    });
  }

  protected go(by: -1 | 1): void {
    this.current.update((i) => i + by);
  }

  /** Starts the course from a step that needs it, then opens the step. */
  protected async enrol(): Promise<void> {
    await this.send(async () => {
      await this.api.enrol(this.courseId());
      await this.load(this.courseId(), this.itemId(), this.i18n.language());
    });
  }

  protected reload(): void {
    void this.load(this.courseId(), this.itemId(), this.i18n.language());
  }

  protected async markRead(): Promise<void> {
    await this.send(async () => {
      const outline = await this.api.completeLesson(this.courseId(), this.itemId());
      await this.afterwards(outline.nextItemId);
    });
  }

  protected async check(): Promise<void> {
    await this.send(async () => {
      this.result.set(await this.api.answerQuiz(this.courseId(), this.itemId(), this.answers()));
    });
  }

  protected async continue(): Promise<void> {
    await this.send(async () => {
      const outline = await this.api.outline(this.courseId(), this.i18n.language());
      await this.afterwards(outline.nextItemId);
    });
  }

  protected retry(): void {
    this.result.set(null);
    this.current.set(0);
    this.resetAnswers(this.item());
  }

  private async afterwards(nextItemId: string | null): Promise<void> {
    await this.router.navigate(
      nextItemId
        ? ['/courses', this.courseId(), 'items', nextItemId]
        : ['/courses', this.courseId()],
    );
  }

  private update(change: (chosen: number[]) => number[]): void {
    this.answers.update((all) =>
      all.map((chosen, i) => (i === this.current() ? change(chosen) : chosen)),
    );
  }

  private resetAnswers(item: ItemView | null): void {
    // Ordering questions start in the order shown; the others with nothing chosen.
    this.answers.set(
      (item?.questions ?? []).map((q) => (q.kind === 'ordering' ? q.options.map((_, i) => i) : [])),
    );
  }

  private async send(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(explainError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(courseId: string, itemId: string, lang: ItemView['language']): Promise<void> {
    try {
      const item = await this.api.item(courseId, itemId, lang);
      this.item.set(item);
      this.result.set(null);
      this.exercisePassed.set(false);
      this.current.set(0);
      this.resetAnswers(item);
      this.problem.set(null);
    } catch (error) {
      this.problem.set(courseProblemOf(error, 'item'));
    }
  }
}
