import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';

import { I18n } from './i18n.service';

describe('I18n', () => {
  beforeEach(() => localStorage.clear());

  it('sets lang and dir on the document, right-to-left for Arabic', () => {
    const i18n = TestBed.inject(I18n);
    const root = TestBed.inject(DOCUMENT).documentElement;
    i18n.use('ar');
    TestBed.tick();
    expect(root.lang).toBe('ar');
    expect(root.dir).toBe('rtl');
    expect(i18n.t('common.signIn')).toBe('تسجيل الدخول');
    i18n.use('fr');
    TestBed.tick();
    expect(root.dir).toBe('ltr');
    expect(i18n.t('common.signIn')).toBe('Se connecter');
  });

  it('remembers the choice for the next visit', () => {
    TestBed.inject(I18n).use('ar');
    TestBed.tick();
    expect(localStorage.getItem('passerelle.language')).toBe('ar');
    TestBed.resetTestingModule();
    expect(TestBed.inject(I18n).language()).toBe('ar');
  });
});
