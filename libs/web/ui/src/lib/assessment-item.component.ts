import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { languageInfo, type ServedItem } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';

import { I18n } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

/** What the learner gave for an item: the options chosen (in order, for ordering), or nothing. */
export type AssessmentItemAnswer = { choiceIds: string[] } | { dontKnow: true };

let nextId = 0;

/**
 * Where an item's picture is: `image` is a path under the portal (`/assessment/x.svg`) or a bare
 * file name; `base` is prepended for apps that are not served at the portal's root.
 */
export function assessmentImageUrl(base: string, image: string): string {
  const path = image.includes('/') ? image : `/assessment/${image}`;
  if (!base) return path;
  return base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * One assessment item as a learner answers it: the prompt, a picture or code when there is one,
 * and the options as large touch targets — radios for one answer, checkboxes for several, an
 * ordered list with move buttons for ordering (keyboard and touch; nothing is drag-only). The
 * texts carry the item's language and direction; the instructions and buttons the UI's.
 * The page around it reads aloud and sends the answer; a new item (or the same one in another
 * language) keeps what is still valid of the learner's choice.
 */
@Component({
  selector: 'pa-assessment-item',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let it = item();
    <fieldset class="ai" [attr.lang]="it.language" [attr.dir]="dir()" [disabled]="disabled()">
      <legend class="ai__legend">
        <h2 class="ai__prompt" tabindex="-1" #prompt data-testid="item-prompt">{{ it.prompt }}</h2>
      </legend>
      @if (it.image) {
        <img
          class="ai__picture"
          [src]="imageUrl()"
          [alt]="it.alt ?? ''"
          data-testid="item-picture"
        />
      }
      @if (it.code) {
        <pre class="ai__code" dir="ltr" translate="no"><code>{{ it.code }}</code></pre>
      }
      <p class="ai__hint" [attr.lang]="ui.language()" [attr.dir]="ui.dir()" [id]="hintId">
        {{ hint() | t }}
      </p>
      @if (it.kind === 'ordering') {
        <ol class="ai__order" [attr.aria-describedby]="hintId" data-testid="item-order">
          @for (id of chosen(); track id; let position = $index, last = $last) {
            <li class="ai__option ai__option--order">
              <span class="ai__rank" aria-hidden="true">{{ position + 1 }}</span>
              <span class="ai__text">{{ textOf(id) }}</span>
              <span class="ai__moves" [attr.lang]="ui.language()">
                <button
                  type="button"
                  class="ai__move"
                  [attr.data-move]="id + ':up'"
                  [disabled]="position === 0"
                  [attr.aria-label]="'assessment.item.moveUp' | t: { option: textOf(id) }"
                  (click)="move(position, -1)"
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 19V5M5 12l7-7 7 7" />
                  </svg>
                </button>
                <button
                  type="button"
                  class="ai__move"
                  [attr.data-move]="id + ':down'"
                  [disabled]="last"
                  [attr.aria-label]="'assessment.item.moveDown' | t: { option: textOf(id) }"
                  (click)="move(position, 1)"
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 5v14M5 12l7 7 7-7" />
                  </svg>
                </button>
              </span>
            </li>
          }
        </ol>
        <p class="visually-hidden" aria-live="polite" [attr.lang]="ui.language()">
          {{ announcement() }}
        </p>
      } @else {
        <div class="ai__options">
          @for (option of it.options; track option.id) {
            <label class="ai__option" [class.ai__option--chosen]="isChosen(option.id)">
              <input
                [type]="it.kind === 'multiple' ? 'checkbox' : 'radio'"
                [name]="groupName"
                [value]="option.id"
                [checked]="isChosen(option.id)"
                (change)="choose(option.id, $any($event.target).checked)"
              />
              <span class="ai__text">{{ option.text }}</span>
            </label>
          }
        </div>
      }
    </fieldset>
    <div class="ai__actions" [attr.lang]="ui.language()" [attr.dir]="ui.dir()">
      <button
        type="button"
        class="button button--block"
        [disabled]="disabled() || !canConfirm()"
        [attr.aria-describedby]="canConfirm() ? null : hintId"
        (click)="confirm()"
        data-testid="item-confirm"
      >
        {{ 'assessment.item.confirm' | t }}
        <svg class="ai__next" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 12h14M13 6l6 6-6 6" />
        </svg>
      </button>
      <button
        type="button"
        class="button button--secondary button--block"
        [disabled]="disabled()"
        (click)="dontKnow()"
        data-testid="item-dont-know"
      >
        {{ 'assessment.item.dontKnow' | t }}
      </button>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .ai {
      border: 0;
      padding: 0;
      margin: 0 0 var(--pa-space);
      min-inline-size: 0;
    }
    .ai__legend {
      padding: 0;
      inline-size: 100%;
    }
    .ai__prompt {
      font-size: 1.2rem;
      margin-block-end: 0.75rem;
    }
    .ai__picture {
      display: block;
      inline-size: 100%;
      max-block-size: 14rem;
      object-fit: contain;
      background: var(--pa-paper);
      border: 1px solid var(--pa-line);
      border-radius: 0.5rem;
      margin-block-end: 0.75rem;
    }
    .ai__code {
      overflow-x: auto;
      padding: 0.75rem;
      background: #1b1f24;
      color: #f4f6f9;
      border-radius: 0.5rem;
      text-align: left;
      margin-block: 0 0.75rem;
    }
    .ai__hint {
      color: var(--pa-ink-soft);
    }
    .ai__options,
    .ai__order {
      display: grid;
      gap: 0.5rem;
      padding: 0;
      margin: 0;
      list-style: none;
    }
    .ai__option {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: 3.25rem;
      padding: 0.5rem 0.75rem;
      background: var(--pa-paper);
      border: 2px solid var(--pa-line);
      border-radius: 0.75rem;
      cursor: pointer;
    }
    .ai__option:focus-within {
      outline: 3px solid var(--pa-brand);
      outline-offset: 2px;
    }
    .ai__option--chosen {
      border-color: var(--pa-brand);
      background: var(--pa-brand-soft);
    }
    .ai__option input {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
    }
    .ai__text {
      flex: 1;
      overflow-wrap: anywhere;
    }
    .ai__option--order {
      cursor: default;
      padding-inline-end: 0.25rem;
    }
    .ai__rank {
      font-weight: 700;
      min-inline-size: 1.5rem;
      text-align: center;
    }
    .ai__moves {
      display: flex;
      gap: 0.25rem;
    }
    .ai__move {
      inline-size: var(--pa-tap);
      block-size: var(--pa-tap);
      display: grid;
      place-items: center;
      border: 2px solid var(--pa-brand);
      border-radius: 0.5rem;
      background: var(--pa-paper);
      color: var(--pa-brand-strong);
      cursor: pointer;
    }
    .ai__move[disabled] {
      border-color: var(--pa-line);
      color: var(--pa-ink-soft);
      cursor: default;
    }
    svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    [dir='rtl'] .ai__next {
      transform: scaleX(-1);
    }
    .ai__actions {
      display: grid;
      gap: 0.75rem;
    }
  `,
})
export class AssessmentItemComponent {
  protected readonly ui = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly item = input.required<ServedItem>();
  readonly disabled = input(false);
  /** Prefix for `item.image`, for an app not served at the portal's root (the console: '/'). */
  readonly imageBase = input('');
  readonly answer = output<AssessmentItemAnswer>();

  private readonly instance = nextId++;
  protected readonly groupName = `pa-assessment-item-${this.instance}`;
  protected readonly hintId = `pa-assessment-item-hint-${this.instance}`;
  private readonly prompt = viewChild.required<ElementRef<HTMLElement>>('prompt');

  protected readonly dir = computed(() => languageInfo(this.item().language).dir);
  protected readonly imageUrl = computed(() =>
    assessmentImageUrl(this.imageBase(), this.item().image ?? ''),
  );
  protected readonly hint = computed(() => `assessment.item.${this.item().kind}` as MessageKey);

  /**
   * The ids chosen (for ordering: every id, in the learner's order). The same item again — e.g.
   * in another language — keeps the choice; a new item starts afresh (ordering: as served).
   */
  protected readonly chosen = linkedSignal<ServedItem, string[]>({
    source: this.item,
    computation: (item, previous) => {
      const ids = new Set(item.options.map((o) => o.id));
      const same =
        previous !== undefined &&
        previous.source.itemId === item.itemId &&
        previous.source.position === item.position;
      const kept = same ? previous.value.filter((id) => ids.has(id)) : [];
      if (item.kind === 'ordering') {
        return kept.length === ids.size ? kept : item.options.map((o) => o.id);
      }
      return item.kind === 'multiple' ? kept : kept.slice(0, 1);
    },
  });

  protected readonly canConfirm = computed(
    () => this.item().kind === 'ordering' || this.chosen().length > 0,
  );
  protected readonly announcement = signal('');

  private readonly texts = computed(
    () => new Map(this.item().options.map((o) => [o.id, o.text] as const)),
  );

  /** Moves keyboard focus to the prompt, so that a screen reader reads the new question. */
  focus(): void {
    this.prompt().nativeElement.focus();
  }

  protected textOf(id: string): string {
    return this.texts().get(id) ?? '';
  }

  protected isChosen(id: string): boolean {
    return this.chosen().includes(id);
  }

  protected choose(id: string, checked: boolean): void {
    if (this.item().kind !== 'multiple') {
      this.chosen.set([id]);
      return;
    }
    this.chosen.update((ids) =>
      checked ? [...ids.filter((c) => c !== id), id] : ids.filter((c) => c !== id),
    );
  }

  protected move(position: number, by: -1 | 1): void {
    const order = [...this.chosen()];
    const target = position + by;
    if (target < 0 || target >= order.length) return;
    const id = order[position];
    [order[position], order[target]] = [order[target], order[position]];
    this.chosen.set(order);
    this.announcement.set(
      this.ui.t('assessment.item.moved', {
        option: this.textOf(id),
        position: target + 1,
        total: order.length,
      }),
    );
    this.keepFocusOn(id, by, target, order.length);
  }

  protected confirm(): void {
    if (this.disabled() || !this.canConfirm()) return;
    this.answer.emit({ choiceIds: [...this.chosen()] });
  }

  protected dontKnow(): void {
    if (this.disabled()) return;
    this.answer.emit({ dontKnow: true });
  }

  /**
   * Moving a list item re-inserts its element, which loses focus: put it back on the button
   * that was pressed, or on the other one once the option has reached the top or the bottom.
   */
  private keepFocusOn(id: string, by: -1 | 1, target: number, total: number): void {
    const atEnd = (by === -1 && target === 0) || (by === 1 && target === total - 1);
    const wanted = `${id}:${(by === -1) !== atEnd ? 'up' : 'down'}`;
    afterNextRender(
      () => {
        const buttons = this.host.nativeElement.querySelectorAll<HTMLButtonElement>('[data-move]');
        Array.from(buttons)
          .find((button) => button.dataset['move'] === wanted)
          ?.focus();
      },
      { injector: this.injector },
    );
  }
}
