import { DOCUMENT } from '@angular/common';
import { ApplicationInitStatus, ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LanguageCode } from '@passerelle/contracts';
import { type Catalog, loadCatalog } from '@passerelle/i18n';

import { CATALOG_LOADER, I18n, provideI18n } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

/** Loads catalogs for real, except those a test slows down (until `arrive`) or cuts off. */
function testLoader() {
  const offline = new Set<LanguageCode>();
  const slow = new Map<LanguageCode, (() => void)[]>();
  const load = jest.fn((code: LanguageCode): Promise<Catalog> => {
    if (offline.has(code)) return Promise.reject(new Error(`offline: no ${code}`));
    const waiting = slow.get(code);
    if (!waiting) return loadCatalog(code);
    return new Promise((resolve) => waiting.push(() => resolve(loadCatalog(code))));
  });
  return {
    load,
    offline,
    slow: (code: LanguageCode) => slow.set(code, []),
    arrive: (code: LanguageCode) => {
      slow.get(code)?.forEach((release) => release());
      slow.delete(code);
    },
  };
}

@Component({
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button type="button">{{ 'common.signIn' | t }}</button>`,
})
class SignInButton {}

describe('I18n', () => {
  let loader: ReturnType<typeof testLoader>;
  const root = () => TestBed.inject(DOCUMENT).documentElement;

  beforeEach(() => {
    localStorage.clear();
    loader = testLoader();
    TestBed.configureTestingModule({
      providers: [provideI18n(), { provide: CATALOG_LOADER, useValue: loader.load }],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  const started = () => TestBed.inject(ApplicationInitStatus).donePromise;

  describe('before the first render', () => {
    it('has the saved language loaded', async () => {
      localStorage.setItem('passerelle.language', 'ar');
      await started();
      const i18n = TestBed.inject(I18n);
      expect(i18n.language()).toBe('ar');
      expect(i18n.t('common.signIn')).toBe('تسجيل الدخول');
      expect(root().lang).toBe('ar');
      expect(root().dir).toBe('rtl');
    });

    it("has the browser's language loaded when nothing is saved", async () => {
      jest.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
      await started();
      expect(TestBed.inject(I18n).t('common.signIn')).toBe('Se connecter');
    });

    it('starts in English when the language cannot be loaded, keeping the choice', async () => {
      localStorage.setItem('passerelle.language', 'ar');
      loader.offline.add('ar');
      await started();
      const i18n = TestBed.inject(I18n);
      expect(i18n.language()).toBe('en');
      expect(i18n.loading()).toBe(false);
      expect(i18n.t('common.signIn')).toBe('Sign in');
      expect(root().dir).toBe('ltr');
      expect(localStorage.getItem('passerelle.language')).toBe('ar');
    });

    it('downloads nothing for English', async () => {
      await started();
      expect(TestBed.inject(I18n).language()).toBe('en');
      expect(loader.load.mock.calls).toEqual([['en']]);
    });
  });

  describe('use', () => {
    it('sets lang and dir on the document, right-to-left for Arabic', async () => {
      await started();
      const i18n = TestBed.inject(I18n);
      expect(await i18n.use('ar')).toBe(true);
      expect(root().lang).toBe('ar');
      expect(root().dir).toBe('rtl');
      expect(i18n.t('common.signIn')).toBe('تسجيل الدخول');
      await i18n.use('fr');
      expect(root().dir).toBe('ltr');
      expect(i18n.t('common.signIn')).toBe('Se connecter');
    });

    it('switches once the catalog has arrived, and re-renders then', async () => {
      await started();
      const i18n = TestBed.inject(I18n);
      const fixture = TestBed.createComponent(SignInButton);
      await fixture.whenStable();
      expect(fixture.nativeElement.textContent).toBe('Sign in');

      loader.slow('fr');
      const switching = i18n.use('fr');
      expect(i18n.loading()).toBe(true);
      await fixture.whenStable();
      // Still wholly English while French downloads: no half-translated page.
      expect(i18n.language()).toBe('en');
      expect(root().lang).toBe('en');
      expect(fixture.nativeElement.textContent).toBe('Sign in');

      loader.arrive('fr');
      expect(await switching).toBe(true);
      await fixture.whenStable();
      expect(i18n.loading()).toBe(false);
      expect(i18n.language()).toBe('fr');
      expect(root().lang).toBe('fr');
      expect(fixture.nativeElement.textContent).toBe('Se connecter');
    });

    it('stays in the current language when offline, and tries again later', async () => {
      await started();
      const i18n = TestBed.inject(I18n);
      loader.offline.add('ar');
      expect(await i18n.use('ar')).toBe(false);
      expect(i18n.language()).toBe('en');
      expect(i18n.loading()).toBe(false);
      expect(localStorage.getItem('passerelle.language')).toBeNull();

      loader.offline.delete('ar');
      expect(await i18n.use('ar')).toBe(true);
      expect(i18n.language()).toBe('ar');
    });

    it('shows the latest choice when downloads overlap', async () => {
      await started();
      const i18n = TestBed.inject(I18n);
      loader.slow('fr');
      loader.slow('ar');
      const french = i18n.use('fr');
      const arabic = i18n.use('ar');
      loader.arrive('ar');
      expect(await arabic).toBe(true);
      loader.arrive('fr');
      expect(await french).toBe(false);
      expect(i18n.language()).toBe('ar');
      expect(localStorage.getItem('passerelle.language')).toBe('ar');

      // Back to the language shown while another one still downloads.
      loader.slow('fr');
      const again = i18n.use('fr');
      expect(await i18n.use('ar')).toBe(true);
      expect(i18n.loading()).toBe(false);
      loader.arrive('fr');
      expect(await again).toBe(false);
      expect(i18n.language()).toBe('ar');
    });

    it('remembers the choice for the next visit', async () => {
      await started();
      await TestBed.inject(I18n).use('ar');
      expect(localStorage.getItem('passerelle.language')).toBe('ar');
      TestBed.resetTestingModule();
      const next = TestBed.inject(I18n);
      await next.ready;
      expect(next.language()).toBe('ar');
    });
  });
});
