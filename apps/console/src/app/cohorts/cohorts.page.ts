import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  COHORT_NAME_MAX_LENGTH,
  type CohortDetail,
  type CohortSummary,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { AreaTabsComponent } from '../shared/area-tabs.component';
import { COHORT_TABS } from './cohorts-tabs';

/**
 * A mentor's cohorts (every cohort, for admins), and a form to start a new one; a tab leads to
 * their placement outcomes.
 */
@Component({
  selector: 'pc-cohorts-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    TranslatePipe,
    MessagePipe,
    AreaTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohorts.page.html',
  styleUrl: '../shared/tables.css',
})
export class CohortsPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  protected readonly tabs = COHORT_TABS;
  protected readonly cohorts = signal<CohortSummary[] | null>(null);
  protected readonly listError = signal<UiMessage | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(COHORT_NAME_MAX_LENGTH)]],
  });
  protected readonly submission = new FormSubmission(this.form);

  constructor() {
    void this.load();
  }

  protected async create(): Promise<void> {
    let created: CohortDetail | null = null;
    await this.submission.run(async () => {
      created = await firstValueFrom(
        this.http.post<CohortDetail>('/api/cohorts', this.form.getRawValue()),
      );
    });
    if (created) await this.router.navigate(['/cohorts', (created as CohortDetail).id]);
  }

  private async load(): Promise<void> {
    try {
      this.cohorts.set(await firstValueFrom(this.http.get<CohortSummary[]>('/api/cohorts')));
    } catch (error) {
      this.listError.set(explainError(error).message);
    }
  }
}
