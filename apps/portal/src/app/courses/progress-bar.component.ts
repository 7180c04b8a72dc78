import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Progress } from '@passerelle/contracts';
import { TranslatePipe } from '@passerelle/web-ui';

@Component({
  selector: 'pl-progress-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="progress"
      role="progressbar"
      [attr.aria-valuenow]="progress().percent"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-label]="'courses.progress' | t: { percent: progress().percent }"
    >
      <div class="progress__bar" [style.inline-size.%]="progress().percent"></div>
    </div>
    <span class="progress__label">{{
      'courses.progress' | t: { percent: progress().percent }
    }}</span>
  `,
  styles: `
    :host {
      display: block;
      margin-block: 0.5rem;
    }
    .progress {
      block-size: 0.6rem;
      background: var(--pa-line);
      border-radius: 999px;
      overflow: hidden;
    }
    .progress__bar {
      block-size: 100%;
      background: var(--pa-success);
    }
    .progress__label {
      font-size: 0.9rem;
      color: var(--pa-ink-soft);
    }
  `,
})
export class ProgressBarComponent {
  readonly progress = input.required<Progress>();
}
