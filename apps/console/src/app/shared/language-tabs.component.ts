import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  model,
} from '@angular/core';
import { type LanguageCode, SUPPORTED_LANGUAGES } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { TranslatePipe } from '@passerelle/web-ui';

let nextId = 0;

/**
 * Tabs for the languages of a text: which language the fields below show, which languages are
 * written, which is the default and which hold errors. The ARIA tabs pattern: one tab stop,
 * arrow keys, Home and End move between languages.
 */
@Component({
  selector: 'pc-language-tabs',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="language-tabs" role="tablist" [attr.aria-label]="label() | t">
      @for (language of languages; track language.code) {
        <button
          type="button"
          role="tab"
          class="language-tab"
          [id]="tabId(language.code)"
          [attr.aria-selected]="selected() === language.code"
          [attr.aria-controls]="panelId"
          [tabindex]="selected() === language.code ? 0 : -1"
          [class.language-tab--error]="errors().has(language.code)"
          [attr.data-testid]="'tab-' + language.code"
          (click)="selected.set(language.code)"
          (keydown)="onKey($event, $index)"
        >
          <span [attr.lang]="language.code">{{ language.nativeName }}</span>
          <span class="language-tab__state">
            @if (errors().has(language.code)) {
              <span aria-hidden="true">!</span>
              <span class="visually-hidden">{{ 'authoring.tabs.hasErrors' | t }}</span>
            } @else if (language.code === defaultLanguage()) {
              {{ 'authoring.tabs.default' | t }}
            } @else if (written().has(language.code)) {
              <span aria-hidden="true">✓</span>
              <span class="visually-hidden">{{ 'authoring.tabs.written' | t }}</span>
            } @else {
              {{ 'authoring.tabs.missing' | t }}
            }
          </span>
        </button>
      }
    </div>
    <div
      role="tabpanel"
      class="language-panel"
      [id]="panelId"
      [attr.aria-labelledby]="tabId(selected())"
    >
      <ng-content />
    </div>
  `,
  styles: `
    .language-tabs {
      display: flex;
      gap: 0.25rem;
      overflow-x: auto;
      border-block-end: 2px solid var(--pa-line);
      margin-block-end: var(--pa-space);
    }
    .language-tab {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      flex: 0 0 auto;
      min-block-size: var(--pa-tap);
      min-inline-size: 5.5rem;
      padding: 0.25rem 0.75rem;
      border: 0;
      border-block-end: 3px solid transparent;
      margin-block-end: -2px;
      background: none;
      color: var(--pa-ink);
      line-height: 1.2;
      cursor: pointer;
    }
    .language-tab[aria-selected='true'] {
      border-block-end-color: var(--pa-brand);
      color: var(--pa-brand-strong);
      font-weight: 700;
      background: var(--pa-brand-soft);
    }
    .language-tab__state {
      font-size: 0.75rem;
      color: var(--pa-ink-soft);
      font-weight: 400;
    }
    .language-tab--error .language-tab__state {
      color: var(--pa-danger);
      font-weight: 700;
    }
  `,
})
export class LanguageTabsComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly label = input.required<MessageKey>();
  readonly selected = model.required<LanguageCode>();
  readonly defaultLanguage = input.required<LanguageCode>();
  readonly written = input<ReadonlySet<string>>(new Set());
  readonly errors = input<ReadonlySet<string>>(new Set());

  protected readonly languages = SUPPORTED_LANGUAGES;
  private readonly id = `pc-language-tabs-${nextId++}`;
  protected readonly panelId = `${this.id}-panel`;

  protected tabId(code: LanguageCode): string {
    return `${this.id}-${code}`;
  }

  protected onKey(event: KeyboardEvent, index: number): void {
    const count = this.languages.length;
    const rtl = getComputedStyle(this.host.nativeElement).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const target =
      event.key === forward
        ? (index + 1) % count
        : event.key === backward
          ? (index - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (target === null) return;
    event.preventDefault();
    const code = this.languages[target].code;
    this.selected.set(code);
    this.host.nativeElement.querySelector<HTMLElement>(`#${this.tabId(code)}`)?.focus();
  }
}
