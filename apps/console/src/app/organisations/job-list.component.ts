import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { formatDate } from '../shared/format';
import {
  contractLabel,
  JOB_SORT_KEYS,
  jobColumnLabel,
  type JobSortKey,
  jobSortValue,
  jobStatusLabel,
  remoteLabel,
} from '../shared/jobs';
import { OrganisationsApi } from '../shared/organisations.api';
import { SortSelectComponent } from '../shared/sort-select.component';
import { sortRows, TableSort } from '../shared/table';

/** An organisation's job postings, open ones first, each leading to its page; and a new one. */
@Component({
  selector: 'pc-job-list',
  imports: [RouterLink, IconComponent, TranslatePipe, MessagePipe, SortSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/listings.css', '../shared/jobs.css'],
  templateUrl: './job-list.component.html',
})
export class JobListComponent {
  private readonly api = inject(OrganisationsApi);
  private readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();
  readonly organisationName = input.required<string>();

  protected readonly loading = loadLatest({
    params: () => this.organisationId(),
    load: (id) => this.api.jobs(id),
  });
  protected readonly jobs = this.loading.value;
  protected readonly sort = new TableSort<JobSortKey>({ key: 'status', descending: false }, [
    'hours',
    'opened',
  ]);
  protected readonly sortKeys = JOB_SORT_KEYS;
  protected readonly sortColumns = JOB_SORT_KEYS.map((key) => ({
    key,
    label: jobColumnLabel(key),
  }));
  protected readonly columnLabel = jobColumnLabel;
  protected readonly statusLabel = jobStatusLabel;
  protected readonly remoteLabel = remoteLabel;
  protected readonly contractLabel = contractLabel;
  protected readonly shown = computed(() =>
    sortRows(this.jobs() ?? [], this.sort.state(), jobSortValue),
  );

  protected date(iso: string | null): string {
    return iso ? formatDate(this.i18n.language(), iso) : '—';
  }
}
