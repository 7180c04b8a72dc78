import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import type { LanguageCode, OutcomesView } from '@passerelle/contracts';
import { I18n, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { AreaTabsComponent } from '../shared/area-tabs.component';
import { Saving } from '../shared/saving';
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
  protected readonly outcomes = signal<OutcomesView | null>(null);
  protected readonly loading = new Saving();
  protected readonly byCohort = computed(() => cohortRows(this.outcomes()?.byCohort ?? []));
  protected readonly byCourse = computed(() => courseRows(this.outcomes()?.byCourse ?? []));

  constructor() {
    effect(() => {
      const language = this.i18n.language();
      untracked(() => void this.load(language));
    });
  }

  private async load(lang: LanguageCode): Promise<void> {
    await this.loading.run(async () =>
      this.outcomes.set(
        await firstValueFrom(this.http.get<OutcomesView>('/api/outcomes', { params: { lang } })),
      ),
    );
  }
}
