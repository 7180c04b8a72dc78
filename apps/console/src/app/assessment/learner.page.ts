import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { groupLabel, type MessageKey } from '@passerelle/i18n';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { spokenLanguageName } from '@passerelle/web-ui/spoken-languages';

import { AreaLevelsComponent } from '../shared/area-levels.component';
import { EndorseFormComponent } from '../shared/endorse-form.component';
import { formatDate, languageName } from '../shared/format';
import { ResetCodeComponent } from '../shared/reset-code.component';
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

  protected readonly loading = loadLatest({
    params: () => this.learnerId(),
    load: (learnerId) => this.api.learner(learnerId),
  });
  protected readonly assessment = this.loading.value;
  protected readonly groupLabel = groupLabel;
  protected readonly statusLabel = statusLabel;
  protected readonly languageName = languageName;
  protected readonly selected = computed(() => {
    const attempts = this.assessment()?.attempts ?? [];
    const wanted = this.attempt();
    return attempts.find((a) => a.id === wanted)?.id ?? attempts[0]?.id ?? null;
  });

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

  /** After a change to an attempt: the learner's levels and attempts again, kept on screen meanwhile. */
  protected async reload(): Promise<void> {
    await this.loading.reload();
  }
}
