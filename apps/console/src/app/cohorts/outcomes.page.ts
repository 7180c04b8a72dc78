import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { OutcomesView } from '@passerelle/contracts';
import { I18n, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { AreaTabsComponent } from '../shared/area-tabs.component';
import { COHORT_TABS } from './cohorts-tabs';
import { OutcomeSectionComponent } from './outcome-section.component';
import { cohortRows, courseRows } from './outcomes';

/**
 * Placement outcomes for mentors (their cohorts) and admins (all): per cohort and per completed
 * course, how many learners were shortlisted, interviewed and hired, and how long a hire took.
 * Course titles follow the page's language.
 */
@Component({
  selector: 'pc-outcomes-page',
  imports: [TranslatePipe, MessagePipe, AreaTabsComponent, OutcomeSectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pc-area-tabs label="console.nav.cohorts" [tabs]="tabs" />
    <h1>{{ 'hiring.outcomes' | t }}</h1>
    <p>{{ 'hiring.outcomesIntro' | t }}</p>
    @if (loading.error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (outcomes()) {
      <pc-outcome-section
        id="cohorts"
        heading="hiring.byCohort"
        nameLabel="review.cohort"
        [rows]="byCohort()"
      />
      <pc-outcome-section
        id="courses"
        heading="hiring.byCourse"
        nameLabel="review.course"
        [rows]="byCourse()"
      />
    } @else if (loading.busy()) {
      <p role="status">{{ 'common.pleaseWait' | t }}</p>
    }
  `,
})
export class OutcomesPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly tabs = COHORT_TABS;
  /** Course titles come in the page's language: loaded again when it changes. */
  protected readonly loading = loadLatest({
    params: () => this.i18n.language(),
    load: (lang) =>
      firstValueFrom(this.http.get<OutcomesView>('/api/outcomes', { params: { lang } })),
    keep: true,
  });
  protected readonly outcomes = this.loading.value;
  protected readonly byCohort = computed(() => cohortRows(this.outcomes()?.byCohort ?? []));
  protected readonly byCourse = computed(() => courseRows(this.outcomes()?.byCourse ?? []));
}
