import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { MessageKey, MessageParams } from '@passerelle/i18n';

import { I18n } from './i18n.service';

/**
 * `{{ 'common.signIn' | t }}`. Impure so that it re-reads the language signal; the lookup is
 * a property access and a rare replace, cheap enough to run on every check.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: MessageKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}
