import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  input,
  type OnDestroy,
  output,
  viewChild,
} from '@angular/core';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { TranslatePipe } from '@passerelle/web-ui';

/** Characters that are slow to find on a phone keyboard, one tap each. */
const SYMBOLS = ['{', '}', '(', ')', '[', ']', ';', '=', '"', "'", '<', '>'];

/**
 * A JavaScript editor that works on a phone: CodeMirror 6 (touch-friendly, keyboard accessible,
 * auto-indent, highlighting) with a bar of hard-to-type symbols. Code stays left-to-right on
 * right-to-left pages.
 */
@Component({
  selector: 'pl-code-editor',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="symbols" role="toolbar" [attr.aria-label]="'editor.symbols' | t" dir="ltr">
      @for (symbol of symbols; track symbol) {
        <button
          type="button"
          class="symbol"
          (click)="insert(symbol)"
          [attr.aria-label]="'editor.insert' | t: { symbol }"
        >
          {{ symbol }}
        </button>
      }
    </div>
    <div #host class="editor" dir="ltr" data-testid="code-editor"></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .symbols {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block-end: 0.5rem;
    }
    .symbol {
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
      font:
        600 1.1rem ui-monospace,
        monospace;
      border: 1px solid var(--pa-line);
      border-radius: 0.5rem;
      background: var(--pa-paper);
      color: var(--pa-ink);
    }
    .editor {
      border: 1px solid #6b7785;
      border-radius: 0.5rem;
      overflow: hidden;
      background: var(--pa-paper);
    }
    .editor ::ng-deep .cm-editor {
      min-block-size: 12rem;
      font-size: 0.95rem;
    }
    .editor ::ng-deep .cm-editor.cm-focused {
      outline: 3px solid var(--pa-brand);
    }
  `,
})
export class CodeEditorComponent implements OnDestroy {
  readonly value = input.required<string>();
  readonly label = input.required<string>();
  readonly changed = output<string>();
  protected readonly symbols = SYMBOLS;
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private view: EditorView | null = null;

  constructor() {
    afterNextRender(() => {
      this.view = new EditorView({
        doc: this.value(),
        parent: this.host().nativeElement,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          // Tab indents; Escape then Tab leaves the editor, so keyboard users are never trapped.
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          javascript(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': this.label(),
            autocapitalize: 'off',
            spellcheck: 'false',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.changed.emit(update.state.doc.toString());
          }),
        ],
      });
    });
  }

  /** Replaces the whole text, e.g. when the learner goes back to the starter code. */
  setValue(text: string): void {
    this.view?.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  protected insert(symbol: string): void {
    const view = this.view;
    if (!view) return;
    view.dispatch(view.state.replaceSelection(symbol));
    view.focus();
  }

  ngOnDestroy(): void {
    this.view?.destroy();
  }
}
