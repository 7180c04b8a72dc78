import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type ItemView, languageInfo, type QuizResult } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
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

  /** The step in the page's language (kept on screen while it changes). */
  private readonly loaded = loadLatest({
    params: () => ({
      courseId: this.courseId(),
      itemId: this.itemId(),
      lang: this.i18n.language(),
    }),
    load: ({ courseId, itemId, lang }) => this.api.item(courseId, itemId, lang),
    keep: (previous, next) =>
      previous.courseId === next.courseId && previous.itemId === next.itemId,
    explain: (error): CourseProblem => courseProblemOf(error, 'item'),
  });
  protected readonly item = this.loaded.value;
  protected readonly error = signal<UiMessage | null>(null);
  /** Why the step could not open, with the next step to offer. */
  protected readonly problem = this.loaded.error;
  protected readonly busy = signal(false);
  protected readonly html = computed(() => renderMarkdown(this.item()?.body ?? ''));
  protected readonly dir = computed(() => languageInfo(this.item()?.language ?? 'en').dir);
  protected readonly otherLanguage = computed(() => {
    const item = this.item();
    return item !== null && item.language !== this.i18n.language();
  });

  // Quiz state: the answers so far, the question shown, and the server's verdict; each starts
  // again whenever the step arrives (another step, or the same in another language).
  protected readonly current = linkedSignal({ source: this.item, computation: () => 0 });
  protected readonly answers = linkedSignal(() => startingAnswers(this.item()));
  protected readonly result = linkedSignal<ItemView | null, QuizResult | null>({
    source: this.item,
    computation: () => null,
  });
  protected readonly exercisePassed = linkedSignal({ source: this.item, computation: () => false });
  protected readonly question = computed(() => this.item()?.questions?.[this.current()] ?? null);

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
      await this.loaded.reload();
    });
  }

  protected reload(): void {
    void this.loaded.reload();
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
    this.answers.set(startingAnswers(this.item()));
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
}

/** Ordering questions start in the order shown; the others with nothing chosen. */
function startingAnswers(item: ItemView | null): number[][] {
  return (item?.questions ?? []).map((q) =>
    q.kind === 'ordering' ? q.options.map((_, i) => i) : [],
  );
}
