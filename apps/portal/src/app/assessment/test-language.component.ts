import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { type LanguageCode, languageInfo } from '@passerelle/contracts';
import { TranslatePipe } from '@passerelle/web-ui';

let nextId = 0;

/** Radios to choose the language of the test, each language named in itself. */
@Component({
  selector: 'pl-test-language',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="choice">
      <legend>{{ 'assessment.start.language' | t }}</legend>
      @for (code of languages(); track code) {
        <label class="choice__option" [class.choice__option--on]="code === value()">
          <input
            type="radio"
            [name]="name"
            [value]="code"
            [checked]="code === value()"
            (change)="value.set(code)"
            [attr.data-testid]="'test-language-' + code"
          />
          <span [attr.lang]="code" [attr.dir]="dirOf(code)">{{ nameOf(code) }}</span>
        </label>
      }
    </fieldset>
  `,
  styles: `
    .choice {
      border: 0;
      padding: 0;
      margin: 0 0 var(--pa-space);
      display: grid;
      gap: 0.5rem;
      min-inline-size: 0;
    }
    .choice legend {
      font-weight: 700;
      padding: 0;
      margin-block-end: 0.5rem;
    }
    .choice__option {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: 3rem;
      padding-inline: 0.75rem;
      border: 2px solid var(--pa-line);
      border-radius: 0.75rem;
      background: var(--pa-paper);
      cursor: pointer;
    }
    .choice__option--on {
      border-color: var(--pa-brand);
      background: var(--pa-brand-soft);
    }
    .choice__option input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
    }
  `,
})
export class TestLanguageComponent {
  readonly languages = input.required<readonly LanguageCode[]>();
  readonly value = model.required<LanguageCode>();
  protected readonly name = `pl-test-language-${nextId++}`;

  protected nameOf(code: LanguageCode): string {
    return languageInfo(code).nativeName;
  }

  protected dirOf(code: LanguageCode): string {
    return languageInfo(code).dir;
  }
}
