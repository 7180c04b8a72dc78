import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  COMMENT_MAX_LENGTH,
  type ReviewSubmission,
  type SubmissionComment,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  loadLatest,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

import { formatDate } from '../shared/format';

interface SourceLine {
  number: number;
  text: string;
  comments: SubmissionComment[];
}

/**
 * One submission under review: the learner's code line by line, the result of every test,
 * and the conversation. A mentor comments on a line (its number button) or on the whole.
 */
@Component({
  selector: 'pc-submission-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission.page.html',
  styleUrl: './submission.page.css',
})
export class SubmissionPage {
  private readonly http = inject(HttpClient);
  protected readonly i18n = inject(I18n);
  readonly submissionId = input.required<string>();

  /** The submission with its comments, in the page's language (kept while it changes). */
  private readonly loaded = loadLatest({
    params: () => ({ id: this.submissionId(), lang: this.i18n.language() }),
    load: ({ id, lang }) =>
      firstValueFrom(
        this.http.get<ReviewSubmission>(`/api/review/submissions/${id}`, { params: { lang } }),
      ),
    keep: (previous, next) => previous.id === next.id,
  });
  protected readonly submission = this.loaded.value;
  protected readonly error = this.loaded.error;
  protected readonly lines = computed<SourceLine[]>(() => {
    const s = this.submission();
    if (!s) return [];
    return s.source.split('\n').map((text, i) => ({
      number: i + 1,
      text,
      comments: s.comments.filter((c) => c.line === i + 1),
    }));
  });
  protected readonly general = computed(
    () => this.submission()?.comments.filter((c) => c.line === null) ?? [],
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    line: [''],
    body: ['', [Validators.required, Validators.maxLength(COMMENT_MAX_LENGTH)]],
  });
  protected readonly sending = new FormSubmission(this.form);
  private readonly bodyField = viewChild<ElementRef<HTMLTextAreaElement>>('body');

  /** Starts a comment on one line: picks the line and moves focus to the comment box. */
  protected commentOn(line: number): void {
    this.form.controls.line.setValue(String(line));
    this.bodyField()?.nativeElement.focus();
  }

  protected async send(): Promise<void> {
    const { line, body } = this.form.getRawValue();
    const sent = await this.sending.run(async () => {
      this.loaded.set(
        await firstValueFrom(
          this.http.post<ReviewSubmission>(
            `/api/review/submissions/${this.submissionId()}/comments`,
            { body, ...(line ? { line: Number(line) } : {}) },
            { params: { lang: this.i18n.language() } },
          ),
        ),
      );
    });
    if (sent) this.sending.reset();
  }

  protected statusLabel(status: string): MessageKey {
    return `review.status.${status}` as MessageKey;
  }

  protected when(iso: string): string {
    return formatDate(this.i18n.language(), iso, true);
  }
}
