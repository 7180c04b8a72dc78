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
      <select [value]="i18n.language()" (change)="choose($event)" data-testid="language">
        @for (language of i18n.languages; track language.code) {
          <option [value]="language.code" [attr.lang]="language.code">
            {{ language.nativeName }}
          </option>
        }
      </select>
    </label>
  `,
})
export class LanguageSwitcherComponent {
  protected readonly i18n = inject(I18n);

  protected choose(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguageCode(value)) this.i18n.use(value);
  }
}
