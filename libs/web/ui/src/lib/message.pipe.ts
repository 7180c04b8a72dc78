import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { UiMessage } from '@passerelle/i18n';

import { I18n } from './i18n.service';

/** `{{ message | message }}` for a UiMessage (a key with its parameters). */
@Pipe({ name: 'message', pure: false })
export class MessagePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(message: UiMessage | null | undefined): string {
    return message ? this.i18n.t(message.key, message.params) : '';
  }
}
