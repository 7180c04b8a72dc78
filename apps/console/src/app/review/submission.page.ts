import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  COMMENT_MAX_LENGTH,
  type LanguageCode,
  type ReviewSubmission,
  type SubmissionComment,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  I18n,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import { firstValueFrom } from 'rxjs';

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

  protected readonly submission = signal<ReviewSubmission | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
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

  constructor() {
    effect(() => void this.load(this.submissionId(), this.i18n.language()));
  }

  /** Starts a comment on one line: picks the line and moves focus to the comment box. */
  protected commentOn(line: number): void {
    this.form.controls.line.setValue(String(line));
    this.bodyField()?.nativeElement.focus();
  }

  protected async send(): Promise<void> {
    const { line, body } = this.form.getRawValue();
    const sent = await this.sending.run(async () => {
      this.submission.set(
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
    return new Intl.DateTimeFormat(this.i18n.language(), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  }

  private async load(id: string, lang: LanguageCode): Promise<void> {
    try {
      this.submission.set(
        await firstValueFrom(
          this.http.get<ReviewSubmission>(`/api/review/submissions/${id}`, { params: { lang } }),
        ),
      );
    } catch (error) {
      this.error.set(explainError(error).message);
    }
  }
}
