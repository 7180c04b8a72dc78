import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  ORGANISATION_DESCRIPTION_MAX_LENGTH,
  ORGANISATION_NAME_MAX_LENGTH,
  type OrganisationDetail,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  loadLatest,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { formatDate } from '../shared/format';
import { OrganisationsApi } from '../shared/organisations.api';
import { SortSelectComponent } from '../shared/sort-select.component';
import { csvFileName, downloadCsv, sortRows, TableSort, toCsv } from '../shared/table';
import {
  type ConflictFields,
  conflictFields,
  createOrganisationRequest,
  filterOrganisations,
  landingFor,
  organisationsCsv,
  type OrganisationSortKey,
  organisationSortValue,
} from './organisations';

const SORT_KEYS: readonly OrganisationSortKey[] = ['name', 'members', 'created'];

function sortLabel(key: OrganisationSortKey): MessageKey {
  return `org.column.${key}`;
}

/**
 * `/organisations`: for admins, every partner organisation (searchable, sortable, downloadable)
 * and a form to add one; an employer goes straight to their own, or learns that none is set yet.
 */
@Component({
  selector: 'pc-organisations-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    SortSelectComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/forms.css', '../shared/listings.css'],
  templateUrl: './organisations.page.html',
})
export class OrganisationsPage {
  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  protected readonly i18n = inject(I18n);

  private readonly list = loadLatest({
    load: async () => {
      const organisations = await this.api.list();
      const landing = landingFor(this.session.role(), organisations);
      if (landing.kind === 'organisation') {
        // Replaced, so that "back" does not bounce the employer here again.
        await this.router.navigate(['/organisations', landing.id], { replaceUrl: true });
        return null;
      }
      return organisations;
    },
  });
  protected readonly organisations = this.list.value;
  protected readonly listError = this.list.error;
  protected readonly landing = computed(() => {
    const organisations = this.organisations();
    return organisations ? landingFor(this.session.role(), organisations) : null;
  });

  protected readonly search = signal('');
  protected readonly sort = new TableSort<OrganisationSortKey>({ key: 'name', descending: false }, [
    'members',
    'created',
  ]);
  protected readonly sortKeys = SORT_KEYS;
  protected readonly sortLabel = sortLabel;
  protected readonly sortColumns = SORT_KEYS.map((key) => ({ key, label: sortLabel(key) }));
  protected readonly shown = computed(() =>
    sortRows(
      filterOrganisations(this.organisations() ?? [], this.search()),
      this.sort.state(),
      organisationSortValue,
    ),
  );

  protected readonly nameMax = ORGANISATION_NAME_MAX_LENGTH;
  protected readonly descriptionMax = ORGANISATION_DESCRIPTION_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(ORGANISATION_NAME_MAX_LENGTH)]],
    description: ['', Validators.maxLength(ORGANISATION_DESCRIPTION_MAX_LENGTH)],
  });
  protected readonly submission = new FormSubmission(this.form);
  private readonly conflicts = signal<ConflictFields>({});

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }

  /** A rule the browser checks comes first; then the API's own word on the field. */
  protected fieldError(name: 'name' | 'description'): UiMessage | null {
    const conflict = name === 'name' ? this.conflicts().name : undefined;
    return this.form.controls[name].invalid || !conflict ? this.submission.message(name) : conflict;
  }

  protected formError(): UiMessage | null {
    return this.conflicts().name ? { key: 'errors.checkFields' } : this.submission.error();
  }

  protected async create(): Promise<void> {
    let created: OrganisationDetail | null = null;
    this.conflicts.set({});
    await this.submission.run(async () => {
      try {
        created = await this.api.create(createOrganisationRequest(this.form.getRawValue()));
      } catch (error) {
        this.conflicts.set(conflictFields(error));
        throw error;
      }
    });
    // Next stop: inviting the organisation's first employer.
    if (created) await this.router.navigate(['/organisations', (created as OrganisationDetail).id]);
  }

  protected exportCsv(): void {
    const t = (key: MessageKey) => this.i18n.t(key);
    const { header, rows } = organisationsCsv(this.shown(), {
      name: t('org.column.name'),
      description: t('org.column.description'),
      members: t('org.column.members'),
      created: t('org.column.created'),
    });
    downloadCsv(csvFileName('organisations'), toCsv(header, rows));
  }
}
