import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { UiMessage } from '@passerelle/i18n';
import { explainError, problemOf, Session } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { ProfileApi } from './profile.api';

/** What the export's file is called on the learner's device. */
export const EXPORT_FILE_NAME = 'passerelle-my-data.json';

/** Why a deletion was refused, on the password field when that is the reason. */
export function deletionProblem(error: unknown): {
  form: UiMessage | null;
  password: UiMessage | null;
} {
  const wrong = problemOf(error)?.errors?.some(
    (e) => e.field === 'password' && e.code === 'wrongPassword',
  );
  if (wrong) return { form: null, password: { key: 'work.data.wrongPassword' } };
  const explained = explainError(error);
  return { form: explained.message, password: explained.fields['password'] ?? null };
}

/**
 * "My data": a download of everything Passerelle keeps about the learner, and deleting the
 * account, said plainly first (what goes, what stays and why) and confirmed with the password.
 */
@Component({
  selector: 'pl-profile-data-page',
  imports: [FieldComponent, FieldControlDirective, MessagePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'work.data.title' | t }}</h2>
    <section class="card" aria-labelledby="download-title">
      <h3 id="download-title">{{ 'work.data.download' | t }}</h3>
      <p>{{ 'work.data.downloadHelp' | t }}</p>
      @if (downloadError(); as e) {
        <p class="alert" role="alert" data-testid="download-error">{{ e | message }}</p>
      }
      <button
        class="button button--secondary button--block"
        type="button"
        [disabled]="downloading()"
        (click)="download()"
        data-testid="download-data"
      >
        <svg class="glyph" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 4v11m-5-5 5 5 5-5M5 20h14" />
        </svg>
        {{ (downloading() ? 'common.pleaseWait' : 'work.data.download') | t }}
      </button>
    </section>

    <section class="card danger" aria-labelledby="delete-title">
      <h3 id="delete-title">{{ 'work.data.delete' | t }}</h3>
      <p>{{ 'work.data.deleteHelp' | t }}</p>
      <form (submit)="$event.preventDefault(); delete()" novalidate>
        <pa-field label="auth.password" [hint]="hint" [error]="passwordError()">
          <input
            paFieldControl
            type="password"
            autocomplete="current-password"
            [value]="password()"
            (input)="password.set($any($event.target).value)"
            data-testid="delete-password"
          />
        </pa-field>
        @if (deleteError(); as e) {
          <p class="alert" role="alert" data-testid="delete-error">{{ e | message }}</p>
        }
        <button
          class="button button--danger button--block"
          type="submit"
          [disabled]="deleting()"
          data-testid="delete-account"
        >
          {{ (deleting() ? 'common.pleaseWait' : 'work.data.delete') | t }}
        </button>
      </form>
    </section>
  `,
  styles: `
    h3 {
      font-size: 1.1rem;
    }
    .glyph {
      inline-size: 1.25em;
      block-size: 1.25em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .danger {
      border-inline-start: 4px solid var(--pa-danger);
    }
    .button--danger {
      background: var(--pa-danger);
      border-color: var(--pa-danger);
    }
    .button--danger:hover {
      background: #8c1d17;
      border-color: #8c1d17;
    }
  `,
})
export class DataPage {
  private readonly api = inject(ProfileApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly hint: UiMessage = { key: 'work.data.passwordHint' };
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<UiMessage | null>(null);
  protected readonly password = signal('');
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal<UiMessage | null>(null);
  protected readonly passwordError = signal<UiMessage | null>(null);

  protected async download(): Promise<void> {
    this.downloadError.set(null);
    this.downloading.set(true);
    try {
      this.save(await this.api.exportData());
    } catch (error) {
      this.downloadError.set(explainError(error).message);
    } finally {
      this.downloading.set(false);
    }
  }

  protected async delete(): Promise<void> {
    this.deleteError.set(null);
    this.passwordError.set(null);
    if (!this.password()) {
      this.passwordError.set({ key: 'errors.field.required' });
      return;
    }
    this.deleting.set(true);
    try {
      const report = await this.api.deleteAccount(this.password());
      // The account is gone: so is the session, here and (on the server) everywhere else.
      await this.session.signOut();
      await this.router.navigateByUrl('/account-deleted', { state: { report } });
    } catch (error) {
      const problem = deletionProblem(error);
      this.deleteError.set(problem.form);
      this.passwordError.set(problem.password);
    } finally {
      this.deleting.set(false);
    }
  }

  /** Hands the file to the browser as a download, from memory. */
  private save(file: Blob): void {
    const url = URL.createObjectURL(file);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    this.document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
