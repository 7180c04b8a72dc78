import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type LearnerAssessment } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { I18n, IconComponent, MessagePipe, spokenLanguageName, TranslatePipe } from '@passerelle/web-ui';

import { AreaLevelsComponent, groupLabel } from '../shared/area-levels.component';
import { EndorseFormComponent } from '../shared/endorse-form.component';
import { formatDate, languageName } from '../shared/format';
import { ResetCodeComponent } from '../shared/reset-code.component';
import { Saving } from '../shared/saving';
import { AssessmentApi } from './assessment.api';
import { AttemptReviewComponent } from './attempt-review.component';
import { statusLabel } from './learners';

/**
 * One learner's assessment: what they told at intake, their attempts (newest first) and the
 * chosen attempt in full, a form to endorse them for employers, and a password-reset code. The attempt shown is in the address (`?attempt=`), the newest by
 * default, so that a link can point at one attempt.
 */
@Component({
  selector: 'pc-learner-page',
  imports: [
    RouterLink,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    AreaLevelsComponent,
    AttemptReviewComponent,
    EndorseFormComponent,
    ResetCodeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/dense-tables.css', './learner.page.css'],
  templateUrl: './learner.page.html',
})
export class LearnerPage {
  private readonly api = inject(AssessmentApi);
  protected readonly i18n = inject(I18n);
  readonly learnerId = input.required<string>();
  readonly attempt = input<string>();

  protected readonly assessment = signal<LearnerAssessment | null>(null);
  protected readonly loading = new Saving();
  protected readonly groupLabel = groupLabel;
  protected readonly statusLabel = statusLabel;
  protected readonly languageName = languageName;
  protected readonly selected = computed(() => {
    const attempts = this.assessment()?.attempts ?? [];
    const wanted = this.attempt();
    return attempts.find((a) => a.id === wanted)?.id ?? attempts[0]?.id ?? null;
  });

  constructor() {
    effect(() => {
      const id = this.learnerId();
      untracked(() => void this.load(id));
    });
  }

  /** Any ISO 639 code a learner speaks, named in the mentor's language. */
  protected spokenName(code: string): string {
    return spokenLanguageName(code, this.i18n.language());
  }

  protected label(prefix: string, value: string): MessageKey {
    return `results.${prefix}.${value}` as MessageKey;
  }

  protected when(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }

  protected async reload(): Promise<void> {
    await this.load(this.learnerId(), true);
  }

  private async load(learnerId: string, quietly = false): Promise<void> {
    if (!quietly) this.assessment.set(null);
    await this.loading.run(async () => this.assessment.set(await this.api.learner(learnerId)));
  }
}
