import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';
import {
  FALLBACK_LANGUAGE,
  isLanguageCode,
  type LanguageCode,
  languageInfo,
  SUPPORTED_LANGUAGES,
} from '@passerelle/contracts';
import { type MessageKey, type MessageParams, translate } from '@passerelle/i18n';

const STORAGE_KEY = 'passerelle.language';

/**
 * The language of the UI. Changing it re-renders every translated string and sets `lang` and
 * `dir` on the document, so Arabic lays out right-to-left through logical CSS properties.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<LanguageCode>(this.initialLanguage());

  readonly languages = SUPPORTED_LANGUAGES;
  readonly language = this.current.asReadonly();
  readonly dir = computed(() => languageInfo(this.current()).dir);

  constructor() {
    effect(() => {
      const code = this.current();
      const root = this.document.documentElement;
      root.lang = code;
      root.dir = languageInfo(code).dir;
      try {
        localStorage.setItem(STORAGE_KEY, code);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
    });
  }

  use(code: LanguageCode): void {
    this.current.set(code);
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.current(), key, params);
  }

  private initialLanguage(): LanguageCode {
    try {
      const saved = localStorage.getItem(STORAGE_KEY);
      if (isLanguageCode(saved)) return saved;
    } catch {
      // Fall through to the browser's language.
    }
    const browser = this.document.defaultView?.navigator.language.slice(0, 2);
    return isLanguageCode(browser) ? browser : FALLBACK_LANGUAGE;
  }
}
