import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

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
  protected readonly invitations = signal<InvitationView[]>([]);
  protected readonly created = signal<CreatedInvitationResponse | null>(null);
  protected readonly copied = signal(false);
  protected readonly submission = new FormSubmission(this.form);
  /** Failures of the list itself (loading, revoking), apart from the form's. */
  protected readonly listError = signal<UiMessage | null>(null);

  constructor() {
    void this.load();
  }

  protected roleLabel(role: string): MessageKey {
    return `roles.${role}` as MessageKey;
  }

  protected statusLabel(status: string): MessageKey {
    return `invitations.status.${status}` as MessageKey;
  }

  protected date(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language(), { dateStyle: 'medium' }).format(
      new Date(iso),
    );
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
    await this.load();
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
    try {
      await firstValueFrom(this.http.delete<InvitationView>(`/api/invitations/${invitation.id}`));
      await this.load();
    } catch (error) {
      this.listError.set(explainError(error).message);
    }
  }

  private async load(): Promise<void> {
    try {
      this.invitations.set(
        await firstValueFrom(this.http.get<InvitationView[]>('/api/invitations')),
      );
    } catch (error) {
      this.listError.set(explainError(error).message);
    }
  }
}
