import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { JobsStore } from './jobs.store';

/**
 * The jobs area: jobs for the learner, one job, and their applications, sharing one store so
 * that moving between them never loads twice.
 */
@Component({
  selector: 'pl-jobs-shell',
  imports: [RouterOutlet, TranslatePipe, MessagePipe],
  providers: [JobsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.loadError(); as e) {
      <div class="page">
        <div class="alert" role="alert" data-testid="jobs-error">
          <p>{{ e | message }}</p>
          <button class="button button--secondary" type="button" (click)="store.load()">
            {{ 'assessment.tryAgain' | t }}
          </button>
        </div>
      </div>
    } @else if (store.jobs() && store.applications()) {
      <router-outlet />
    } @else {
      <p class="page" role="status">{{ 'common.pleaseWait' | t }}</p>
    }
  `,
})
export class JobsShellPage {
  protected readonly store = inject(JobsStore);
}
