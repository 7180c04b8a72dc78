import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import {
  type AssessmentItemDetail,
  type LanguageCode,
  SUPPORTED_LANGUAGES,
} from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import {
  type AssessmentItemAnswer,
  AssessmentItemComponent,
  loadLatest,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { languageName } from '../shared/format';
import { AssessmentApi } from './assessment.api';
import { previewVerdict } from './item-draft';

/**
 * The saved item exactly as the API would serve it to a learner, in a chosen language (or its
 * fallback), drawn by the portal's own component. Answering it says how it would be marked.
 */
@Component({
  selector: 'pc-assessment-item-preview',
  imports: [TranslatePipe, MessagePipe, AssessmentItemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="preview-bar">
      <label for="bank-preview-language">{{ 'authoring.previewIn' | t }}</label>
      <select
        id="bank-preview-language"
        (change)="chosen.set($any($event.target).value)"
        data-testid="preview-language"
      >
        @for (l of languages; track l.code) {
          <option [value]="l.code" [selected]="l.code === chosen()" [attr.lang]="l.code">
            {{ l.nativeName }}
          </option>
        }
      </select>
    </div>
    @if (loading.error(); as e) {
      <p class="alert" role="alert">{{ e | message }}</p>
    }
    @if (served(); as s) {
      @if (s.language !== chosen()) {
        <p class="alert alert--info" data-testid="preview-fallback">
          {{
            'authoring.previewFallback'
              | t: { wanted: languageName(chosen()), shown: languageName(s.language) }
          }}
        </p>
      }
      <div class="phone" data-testid="learner-preview">
        <pa-assessment-item [item]="s" (answer)="answered($event)" />
      </div>
      <p
        class="verdict"
        role="status"
        [attr.data-verdict]="verdict()"
        data-testid="preview-verdict"
      >
        @if (verdictLabel(); as key) {
          {{ key | t }}
        }
      </p>
    }
  `,
  styles: `
    .preview-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-end: var(--pa-space);
    }
    .preview-bar select {
      inline-size: auto;
    }
    .alert--info {
      border-inline-start-color: var(--pa-brand);
      background: var(--pa-brand-soft);
    }
    .phone {
      max-inline-size: 24rem;
      padding: var(--pa-space);
      border: 8px solid var(--pa-ink);
      border-radius: 1.5rem;
      background: var(--pa-surface);
    }
    .verdict {
      margin-block-start: var(--pa-space);
      font-weight: 700;
    }
    .verdict[data-verdict='right'] {
      color: var(--pa-success);
    }
    .verdict[data-verdict='wrong'] {
      color: var(--pa-danger);
    }
  `,
})
export class ItemPreviewComponent {
  private readonly api = inject(AssessmentApi);
  readonly item = input.required<AssessmentItemDetail>();
  readonly language = input.required<LanguageCode>();

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly languageName = languageName;
  /** The language asked for: the editor's tab at first, then the select's. */
  protected readonly chosen = linkedSignal(() => this.language());
  protected readonly verdict = signal<ReturnType<typeof previewVerdict> | undefined>(undefined);
  /** The item as served in the chosen language; again after each save (its `updatedAt`). */
  protected readonly loading = loadLatest({
    params: () => ({ id: this.item().id, language: this.chosen(), version: this.item().updatedAt }),
    load: ({ id, language }) => {
      this.verdict.set(undefined);
      return this.api.preview(id, language);
    },
  });
  protected readonly served = this.loading.value;
  protected readonly verdictLabel = computed<MessageKey | null>(() => {
    const verdict = this.verdict();
    if (verdict === undefined) return null;
    return verdict === null ? 'bank.preview.unknown' : `bank.preview.${verdict}`;
  });

  protected answered(answer: AssessmentItemAnswer): void {
    const served = this.served();
    if (served) this.verdict.set(previewVerdict(this.item(), served, answer));
  }
}
