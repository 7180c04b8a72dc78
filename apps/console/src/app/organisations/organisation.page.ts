import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type CreatedInvitationResponse,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  ORGANISATION_ROLES,
  OrganisationRole,
  Role,
} from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  IconComponent,
  loadLatest,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { formatDate } from '../shared/format';
import { OrganisationsApi } from '../shared/organisations.api';
import { JobListComponent } from './job-list.component';
import {
  type ConflictFields,
  conflictFields,
  defaultInviteRole,
  inviteEmployerRequest,
  loadFailure,
  roleLabel,
  statusLabel,
} from './organisations';

/**
 * One organisation: what it is, its job postings, its employers, and — for admins and its
 * owners — inviting an employer, whose one-time link is shown here to copy (no email is sent yet).
 */
@Component({
  selector: 'pc-organisation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
    JobListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/tables.css', '../shared/listings.css'],
  templateUrl: './organisation.page.html',
})
export class OrganisationPage {
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(Session);
  protected readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();

  private readonly loaded = loadLatest({
    params: () => this.organisationId(),
    load: async (id) => {
      const organisation = await this.api.organisation(id);
      if (id === untracked(this.organisationId) && this.form.pristine) {
        this.form.controls.role.setValue(defaultInviteRole(organisation.members));
      }
      return organisation;
    },
    explain: loadFailure,
  });
  protected readonly organisation = this.loaded.value;
  protected readonly error = this.loaded.error;
  /** Employers reach their organisation straight from the navigation; only admins have a list. */
  protected readonly showsList = computed(() => this.session.role() === Role.Admin);
  protected readonly roles = ORGANISATION_ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly statusLabel = statusLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    role: [OrganisationRole.Member as OrganisationRole, Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form);
  private readonly conflicts = signal<ConflictFields>({});
  /** The link just made; a link belongs to the organisation it was made for. */
  protected readonly created = linkedSignal<string, CreatedInvitationResponse | null>({
    source: this.organisationId,
    computation: () => null,
  });
  protected readonly copied = signal(false);

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }

  /** A rule the browser checks comes first; then the API's own word on the field. */
  protected fieldError(name: 'email' | 'displayName'): UiMessage | null {
    const conflict = name === 'email' ? this.conflicts().email : undefined;
    return this.form.controls[name].invalid || !conflict ? this.submission.message(name) : conflict;
  }

  protected formError(): UiMessage | null {
    return this.conflicts().email ? { key: 'errors.checkFields' } : this.submission.error();
  }

  protected async invite(): Promise<void> {
    const id = this.organisationId();
    this.conflicts.set({});
    const sent = await this.submission.run(async () => {
      try {
        this.created.set(
          await this.api.inviteEmployer(id, inviteEmployerRequest(this.form.getRawValue())),
        );
      } catch (error) {
        this.conflicts.set(conflictFields(error));
        throw error;
      }
    });
    if (!sent) return;
    this.copied.set(false);
    this.submission.reset();
    await this.loaded.reload();
  }

  protected async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied.set(true);
    } catch {
      // Clipboard refused (e.g. insecure origin): the link stays selectable on screen.
    }
  }
}
