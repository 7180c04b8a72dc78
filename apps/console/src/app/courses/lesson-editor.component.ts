import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { type LanguageCode, languageInfo, LESSON_MAX_LENGTH } from '@passerelle/contracts';
import { FieldComponent, FieldControlDirective, TranslatePipe } from '@passerelle/web-ui';
import { renderMarkdown } from '@passerelle/web-ui/markdown';

import type { Saving } from '../shared/saving';
import type { ItemDraft } from './drafts';
import type { CourseItemForm } from './item-form';

/**
 * A lesson's Markdown in one language, with a live preview rendered exactly as the portal
 * renders lessons (no HTML, no script), in that language's direction.
 */
@Component({
  selector: 'pc-lesson-editor',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, TranslatePipe],
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
          [formControl]="body()"
          [attr.lang]="language()"
          [attr.dir]="dir()"
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
  /** The item as edited, to show; its controls are in `form`. */
  readonly draft = input.required<ItemDraft>();
  readonly form = input.required<CourseItemForm>();
  readonly language = input.required<LanguageCode>();
  readonly saving = input.required<Saving>();

  protected readonly max = LESSON_MAX_LENGTH;
  protected readonly dir = computed(() => languageInfo(this.language()).dir);
  protected readonly html = computed(() =>
    renderMarkdown(this.draft().texts[this.language()].body),
  );

  protected readonly body = computed(
    () => this.form().controls.texts.controls[this.language()].controls.body,
  );
}
