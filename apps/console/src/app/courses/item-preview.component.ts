import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { type LanguageCode, languageInfo, SUPPORTED_LANGUAGES } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import { renderMarkdown } from '@passerelle/web-ui/markdown';

import { languageName } from '../shared/format';
import { AuthoringApi } from './authoring.api';

/**
 * The saved item exactly as the API serves it to learners, in a chosen language: the same
 * localized view (and fallback) the portal renders, laid out the way the portal lays it out.
 */
@Component({
  selector: 'pc-item-preview',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './item-preview.component.css',
  templateUrl: './item-preview.component.html',
})
export class ItemPreviewComponent {
  private readonly api = inject(AuthoringApi);
  readonly courseId = input.required<string>();
  readonly itemId = input.required<string>();
  readonly language = input.required<LanguageCode>();
  /** Every saved hint per language: learners reveal them one at a time, the preview lists them. */
  readonly hints = input<Partial<Record<LanguageCode, string[]>>>({});

  protected readonly languages = SUPPORTED_LANGUAGES;
  /** The language asked for: the editor's tab at first, then the select's. */
  protected readonly chosen = linkedSignal(() => this.language());
  /** The item as learners get it in the chosen language, and its exercise if it is one. */
  protected readonly loading = loadLatest({
    params: () => ({ courseId: this.courseId(), itemId: this.itemId(), lang: this.chosen() }),
    load: async ({ courseId, itemId, lang }) => {
      const item = await this.api.preview(courseId, itemId, lang);
      const exercise =
        item.kind === 'exercise' ? await this.api.previewExercise(courseId, itemId, lang) : null;
      return { item, exercise };
    },
  });
  protected readonly item = computed(() => this.loading.value()?.item ?? null);
  protected readonly exercise = computed(() => this.loading.value()?.exercise ?? null);
  protected readonly dir = computed(() => languageInfo(this.item()?.language ?? 'en').dir);
  protected readonly body = computed(() => renderMarkdown(this.item()?.body ?? ''));
  protected readonly prompt = computed(() => renderMarkdown(this.exercise()?.prompt ?? ''));
  protected readonly shownHints = computed(() => this.hints()[this.item()?.language ?? 'en'] ?? []);
  protected readonly fallback = computed(() => {
    const item = this.item();
    return item !== null && item.language !== this.chosen();
  });

  protected readonly languageName = languageName;

  protected hintLabel(kind: string): MessageKey {
    return `quiz.${kind}` as MessageKey;
  }

  protected markdown(text: string): string {
    return renderMarkdown(text);
  }
}
