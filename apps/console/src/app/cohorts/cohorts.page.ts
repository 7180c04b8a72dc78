import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  COHORT_NAME_MAX_LENGTH,
  type CohortDetail,
  type CohortSummary,
} from '@passerelle/contracts';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  loadLatest,
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
  private readonly list = loadLatest({
    load: () => firstValueFrom(this.http.get<CohortSummary[]>('/api/cohorts')),
  });
  protected readonly cohorts = this.list.value;
  protected readonly listError = this.list.error;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(COHORT_NAME_MAX_LENGTH)]],
  });
  protected readonly submission = new FormSubmission(this.form);

  protected async create(): Promise<void> {
    let created: CohortDetail | null = null;
    await this.submission.run(async () => {
      created = await firstValueFrom(
        this.http.post<CohortDetail>('/api/cohorts', this.form.getRawValue()),
      );
    });
    if (created) await this.router.navigate(['/cohorts', (created as CohortDetail).id]);
  }
}
