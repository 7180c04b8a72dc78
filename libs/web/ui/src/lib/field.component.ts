import {
  ChangeDetectionStrategy,
  Component,
  computed,
  Directive,
  inject,
  input,
} from '@angular/core';
import type { MessageKey, UiMessage } from '@passerelle/i18n';

import { MessagePipe } from './message.pipe';
import { TranslatePipe } from './translate.pipe';

let nextId = 0;

/**
 * A labelled form field: the label, the projected control (marked `paFieldControl`), an
 * optional hint and the error message, wired together for screen readers.
 *
 *   <pa-field label="auth.email" [error]="message('email')">
 *     <input paFieldControl type="email" formControlName="email" />
 *   </pa-field>
 */
@Component({
  selector: 'pa-field',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <label [for]="controlId">{{ label() | t }}</label>
    <ng-content />
    @if (hint(); as h) {
      <span class="field__hint" [id]="hintId">{{ h | message }}</span>
    }
    @if (error(); as e) {
      <span class="field__error" [id]="errorId">{{ e | message }}</span>
    }
    <ng-content select="[paFieldExtra]" />
  `,
})
export class FieldComponent {
  readonly label = input.required<MessageKey>();
  readonly hint = input<UiMessage | null>(null);
  readonly error = input<UiMessage | null>(null);

  readonly controlId = `pa-field-${nextId++}`;
  protected readonly hintId = `${this.controlId}-hint`;
  protected readonly errorId = `${this.controlId}-error`;
  readonly describedBy = computed(
    () =>
      [this.hint() ? this.hintId : null, this.error() ? this.errorId : null]
        .filter(Boolean)
        .join(' ') || null,
  );
}

/** Marks the control inside a `pa-field`, giving it the field's id and ARIA wiring. */
@Directive({
  selector: '[paFieldControl]',
  host: {
    '[id]': 'field.controlId',
    '[attr.aria-invalid]': 'field.error() ? true : null',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FieldComponent);
}
