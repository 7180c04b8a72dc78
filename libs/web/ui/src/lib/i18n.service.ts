import { DOCUMENT } from '@angular/common';
import {
  computed,
  type EnvironmentProviders,
  inject,
  Injectable,
  InjectionToken,
  makeEnvironmentProviders,
  provideAppInitializer,
  signal,
} from '@angular/core';
import {
  FALLBACK_LANGUAGE,
  isLanguageCode,
  type LanguageCode,
  languageInfo,
  SUPPORTED_LANGUAGES,
} from '@passerelle/contracts';
import {
  type Catalog,
  FALLBACK_CATALOG,
  loadCatalog,
  type MessageKey,
  type MessageParams,
  translate,
} from '@passerelle/i18n';

const STORAGE_KEY = 'passerelle.language';

/** How the UI gets a language's catalog: downloaded on demand (tests make it slow or offline). */
export const CATALOG_LOADER = new InjectionToken<(code: LanguageCode) => Promise<Catalog>>(
  'CATALOG_LOADER',
  { providedIn: 'root', factory: () => loadCatalog },
);

interface ShownLanguage {
  code: LanguageCode;
  catalog: Catalog;
}

/**
 * The language of the UI. Only English ships with the app; another language's catalog is
 * downloaded when it is first needed, and the UI switches once it has arrived, so a page is never
 * half in one language. Switching re-renders every translated string and sets `lang` and `dir`
 * on the document, so Arabic lays out right-to-left through logical CSS properties.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly loadCatalog = inject(CATALOG_LOADER);
  private readonly shown = signal<ShownLanguage>({
    code: FALLBACK_LANGUAGE,
    catalog: FALLBACK_CATALOG,
  });
  /** The language whose catalog is downloading; the latest choice wins. */
  private readonly requested = signal<LanguageCode | null>(this.initialLanguage());

  readonly languages = SUPPORTED_LANGUAGES;
  readonly language = computed(() => this.shown().code);
  readonly dir = computed(() => languageInfo(this.language()).dir);
  /** Whether a chosen language is still downloading (the UI shows the previous one meanwhile). */
  readonly loading = computed(() => this.requested() !== null);
  /**
   * Settles once the first language (saved choice, else the browser's) is shown, or English if
   * its catalog could not be loaded; it never rejects. `provideI18n()` waits for it.
   */
  readonly ready: Promise<void>;

  constructor() {
    this.applyToDocument(FALLBACK_LANGUAGE);
    // No signal is set here: the service may be created while a template renders.
    this.ready = this.settle(this.requested() ?? FALLBACK_LANGUAGE).then(() => undefined);
  }

  /**
   * Switches to `code` once its catalog is loaded and remembers the choice. Resolves to whether
   * `code` is now shown: false when loading failed (offline: the UI stays as it was) or when a
   * later choice replaced this one.
   */
  async use(code: LanguageCode): Promise<boolean> {
    const shown = await this.show(code);
    if (shown) this.remember(code);
    return shown;
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.shown().catalog, key, params);
  }

  private show(code: LanguageCode): Promise<boolean> {
    this.requested.set(code);
    return this.settle(code);
  }

  /** Shows `code` once its catalog is loaded, unless another language was requested meanwhile. */
  private async settle(code: LanguageCode): Promise<boolean> {
    try {
      const catalog = await this.loadCatalog(code);
      if (this.requested() !== code) return false;
      this.shown.set({ code, catalog });
      this.applyToDocument(code);
      return true;
    } catch {
      return false;
    } finally {
      if (this.requested() === code) this.requested.set(null);
    }
  }

  private applyToDocument(code: LanguageCode): void {
    const root = this.document.documentElement;
    root.lang = code;
    root.dir = languageInfo(code).dir;
  }

  private remember(code: LanguageCode): void {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
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

/**
 * The UI's language, its catalog loaded before the app first renders so that a French or Arabic
 * reader never sees English flash by. Both apps' `app.config.ts` provide it.
 */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(I18n).ready)]);
}
