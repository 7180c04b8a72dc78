import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { TranslatePipe } from '@passerelle/web-ui';

export type EditorMode = 'edit' | 'preview';

/** The item editors' switch between editing a saved item and seeing it as a learner would. */
@Component({
  selector: 'pc-mode-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="mode" role="group" [attr.aria-label]="'authoring.mode' | t">
      <button
        type="button"
        class="button"
        [class.button--secondary]="mode() !== 'edit'"
        [attr.aria-pressed]="mode() === 'edit'"
        (click)="mode.set('edit')"
        data-testid="mode-edit"
      >
        {{ 'authoring.editMode' | t }}
      </button>
      <button
        type="button"
        class="button"
        [class.button--secondary]="mode() !== 'preview'"
        [attr.aria-pressed]="mode() === 'preview'"
        (click)="mode.set('preview')"
        data-testid="mode-preview"
      >
        {{ 'authoring.previewMode' | t }}
      </button>
    </div>
  `,
  styles: `
    .mode {
      display: inline-flex;
      gap: 0.25rem;
    }
  `,
})
export class ModeSwitchComponent {
  readonly mode = model.required<EditorMode>();
}
