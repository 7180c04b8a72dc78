import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { type LanguageCode, languageInfo, LESSON_MAX_LENGTH } from '@passerelle/contracts';
import { FieldComponent, FieldControlDirective, TranslatePipe } from '@passerelle/web-ui';
import { renderMarkdown } from '@passerelle/web-ui/markdown';

import type { Saving } from '../shared/saving';
import type { ItemDraft } from './drafts';

/**
 * A lesson's Markdown in one language, with a live preview rendered exactly as the portal
 * renders lessons (no HTML, no script), in that language's direction.
 */
@Component({
  selector: 'pc-lesson-editor',
  imports: [FieldComponent, FieldControlDirective, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', './lesson-editor.component.css'],
  template: `
    <div class="split">
      <pa-field
        label="authoring.lessonBody"
        [hint]="{ key: 'authoring.markdownHint' }"
        [error]="saving().field('translations.' + language() + '.body')"
      >
        <textarea
          paFieldControl
          class="body"
          rows="16"
          [maxLength]="max"
          [value]="draft().texts[language()].body"
          [attr.lang]="language()"
          [attr.dir]="dir()"
          (input)="setBody($any($event.target).value)"
          data-testid="lesson-body-input"
        ></textarea>
      </pa-field>
      <section class="preview" [attr.aria-label]="'authoring.livePreview' | t">
        <p class="preview__label" aria-hidden="true">{{ 'authoring.livePreview' | t }}</p>
        <div
          class="lesson"
          [attr.lang]="language()"
          [attr.dir]="dir()"
          [innerHTML]="html()"
          data-testid="lesson-live-preview"
        ></div>
      </section>
    </div>
  `,
})
export class LessonEditorComponent {
  readonly draft = model.required<ItemDraft>();
  readonly language = input.required<LanguageCode>();
  readonly saving = input.required<Saving>();

  protected readonly max = LESSON_MAX_LENGTH;
  protected readonly dir = computed(() => languageInfo(this.language()).dir);
  protected readonly html = computed(() =>
    renderMarkdown(this.draft().texts[this.language()].body),
  );

  protected setBody(body: string): void {
    const code = this.language();
    this.draft.update((d) => ({ ...d, texts: { ...d.texts, [code]: { ...d.texts[code], body } } }));
  }
}
