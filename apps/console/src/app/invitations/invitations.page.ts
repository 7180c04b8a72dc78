import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  type CreatedInvitationResponse,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  INVITABLE_ROLES,
  type InvitableRole,
  type InvitationView,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
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
import { firstValueFrom } from 'rxjs';

import { formatDate } from '../shared/format';

/** Admins invite mentors and employers, then send them the one-time link. */
@Component({
  selector: 'pc-invitations-page',
  imports: [
    ReactiveFormsModule,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations.page.html',
  styleUrl: '../shared/tables.css',
})
export class InvitationsPage {
  private readonly http = inject(HttpClient);
  protected readonly i18n = inject(I18n);

  protected readonly roles = INVITABLE_ROLES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    role: ['mentor' as InvitableRole, Validators.required],
  });
  private readonly list = loadLatest({
    load: () => firstValueFrom(this.http.get<InvitationView[]>('/api/invitations')),
  });
  protected readonly invitations = computed(() => this.list.value() ?? []);
  protected readonly created = signal<CreatedInvitationResponse | null>(null);
  protected readonly copied = signal(false);
  protected readonly submission = new FormSubmission(this.form);
  /** Failures of the list itself (loading, revoking), apart from the form's. */
  protected readonly listError = computed(() => this.list.error() ?? this.revokeError());
  private readonly revokeError = signal<UiMessage | null>(null);

  protected roleLabel(role: string): MessageKey {
    return `roles.${role}` as MessageKey;
  }

  protected statusLabel(status: string): MessageKey {
    return `invitations.status.${status}` as MessageKey;
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }

  protected async submit(): Promise<void> {
    const sent = await this.submission.run(async () => {
      this.created.set(
        await firstValueFrom(
          this.http.post<CreatedInvitationResponse>('/api/invitations', this.form.getRawValue()),
        ),
      );
    });
    if (!sent) return;
    this.copied.set(false);
    this.submission.reset();
    await this.list.reload();
  }

  protected async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied.set(true);
    } catch {
      // Clipboard refused (e.g. insecure origin): the link stays selectable on screen.
    }
  }

  protected async revoke(invitation: InvitationView): Promise<void> {
    this.revokeError.set(null);
    try {
      await firstValueFrom(this.http.delete<InvitationView>(`/api/invitations/${invitation.id}`));
      await this.list.reload();
    } catch (error) {
      this.revokeError.set(explainError(error).message);
    }
  }
}
