import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { isLanguageCode } from '@passerelle/contracts';

import { I18n } from './i18n.service';
import { IconComponent } from './icon.component';
import { TranslatePipe } from './translate.pipe';

/** A labelled select of the supported languages, each named in itself. */
@Component({
  selector: 'pa-language-switcher',
  imports: [IconComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="language-switcher">
      <pa-icon name="globe" />
      <span class="visually-hidden">{{ 'common.language' | t }}</span>
      <select
        [attr.aria-busy]="i18n.loading() || null"
        (change)="choose($event)"
        data-testid="language"
      >
        @for (language of i18n.languages; track language.code) {
          <!-- [selected] per option: a [value] on the select is set before its options exist. -->
          <option
            [value]="language.code"
            [selected]="language.code === i18n.language()"
            [attr.lang]="language.code"
          >
            {{ language.nativeName }}
          </option>
        }
      </select>
    </label>
  `,
})
export class LanguageSwitcherComponent {
  protected readonly i18n = inject(I18n);

  protected async choose(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    if (!isLanguageCode(select.value)) return;
    const shown = await this.i18n.use(select.value);
    // Offline, the language could not be loaded: show again the one the page is still in.
    if (!shown && !this.i18n.loading()) select.value = this.i18n.language();
  }
}
