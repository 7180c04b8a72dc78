import { LANGUAGE_CODES, type LanguageCode } from '@passerelle/contracts';

import { ar } from './catalogs/ar';
import { type Catalog, en, type MessageKey } from './catalogs/en';
import { fr } from './catalogs/fr';
import { isPluralMessage, PLURAL_CATEGORIES, type PluralCategory, pluralForms } from './message';
import { placeholdersOf, pluralForm, translate } from './translate';

// The apps load fr and ar on demand; a spec may hold them all at once.
const CATALOGS: Record<LanguageCode, Catalog> = { en, fr, ar };

describe('translate', () => {
  it('returns the message from the catalog', () => {
    expect(translate(fr, 'common.signIn')).toBe('Se connecter');
    expect(translate(ar, 'common.signIn')).toBe('تسجيل الدخول');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(en, 'dashboard.greeting', { name: 'Amina' })).toBe('Hello, Amina!');
    expect(translate(en, 'dashboard.greeting', { other: 'x' })).toBe('Hello, {name}!');
  });

  it('falls back to English when a translation is empty or missing', () => {
    expect(translate({ ...fr, 'common.copy': '' }, 'common.copy')).toBe('Copy');
    const { 'common.copy': _missing, ...incomplete } = fr;
    expect(translate(incomplete as Catalog, 'common.copy')).toBe('Copy');
    // A missing plural falls back with English's own rules.
    const noPlural = { ...ar, 'feedback.unread': { other: '' } };
    expect(translate(noPlural, 'feedback.unread', { count: 1 })).toBe(
      'You have 1 new message from your mentor.',
    );
  });
});

describe('plurals', () => {
  const unread = (catalog: Catalog, count: number) =>
    translate(catalog, 'feedback.unread', { count });

  it('chooses one or other in English', () => {
    expect(unread(en, 1)).toBe('You have 1 new message from your mentor.');
    expect(unread(en, 0)).toBe('You have 0 new messages from your mentor.');
    expect(unread(en, 2)).toBe('You have 2 new messages from your mentor.');
    expect(translate(en, 'courses.steps', { count: 1 })).toBe('1 step');
  });

  it('says 0 and 1 in the singular in French', () => {
    expect(unread(fr, 0)).toBe('Vous avez 0 nouveau message de votre formateur.');
    expect(unread(fr, 1)).toBe('Vous avez 1 nouveau message de votre formateur.');
    expect(unread(fr, 2)).toBe('Vous avez 2 nouveaux messages de votre formateur.');
    expect(translate(fr, 'courses.steps', { count: 1.5 })).toBe('1.5 étape');
  });

  it('uses the six Arabic categories', () => {
    expect(unread(ar, 0)).toBe('ليس لديك رسائل جديدة من مرشدك.');
    expect(unread(ar, 1)).toBe('لديك رسالة جديدة واحدة من مرشدك.');
    expect(unread(ar, 2)).toBe('لديك رسالتان جديدتان من مرشدك.');
    expect(unread(ar, 3)).toBe('لديك 3 رسائل جديدة من مرشدك.');
    expect(unread(ar, 10)).toBe('لديك 10 رسائل جديدة من مرشدك.');
    expect(unread(ar, 11)).toBe('لديك 11 رسالة جديدة من مرشدك.');
    expect(unread(ar, 99)).toBe('لديك 99 رسالة جديدة من مرشدك.');
    expect(unread(ar, 100)).toBe('لديك 100 رسالة جديدة من مرشدك.');
    expect(unread(ar, 103)).toBe('لديك 103 رسائل جديدة من مرشدك.');
  });

  it('counts by the parameter a message names', () => {
    expect(translate(en, 'review.testsPassed', { passed: 0, total: 1 })).toBe('0 of 1 test passes');
    expect(translate(en, 'review.testsPassed', { passed: 1, total: 3 })).toBe('1 of 3 tests pass');
    expect(translate(ar, 'review.testsPassed', { passed: 2, total: 2 })).toBe('نجح 2 من اختبارين');
  });

  it('takes other when the language has no form of its own, or the number is missing', () => {
    expect(pluralForm({ other: 'many things' }, 'ar', 1)).toBe('many things');
    expect(pluralForm({ one: 'one thing', other: 'things' }, 'en', undefined)).toBe('things');
    expect(pluralForm({ one: 'one thing', other: 'things' }, 'en', 'x')).toBe('things');
  });
});

describe('catalogs', () => {
  const keys = Object.keys(en) as MessageKey[];
  /** The categories each language must fill in (French `many` is for millions: `other` serves). */
  const REQUIRED: Record<LanguageCode, readonly PluralCategory[]> = {
    en: ['one', 'other'],
    fr: ['one', 'other'],
    ar: PLURAL_CATEGORIES,
  };

  it.each(LANGUAGE_CODES)('%s translates every message with the same placeholders', (code) => {
    const catalog = CATALOGS[code];
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const message = catalog[key];
      const english = en[key];
      const forms = isPluralMessage(message) ? Object.values(pluralForms(message)) : [message];
      expect({ key, empty: forms.some((form) => form.trim() === '') }).toEqual({
        key,
        empty: false,
      });
      expect({ key, placeholders: placeholdersOf(message) }).toEqual({
        key,
        placeholders: placeholdersOf(english),
      });
      if (isPluralMessage(message) && isPluralMessage(english)) {
        expect({ key, by: message.by }).toEqual({ key, by: english.by });
        expect({ key, categories: Object.keys(pluralForms(message)).sort() }).toEqual({
          key,
          categories: [...REQUIRED[code]].sort(),
        });
        // The form for `other` always says the number.
        expect({ key, other: placeholdersOf(message.other) }).toEqual({
          key,
          other: expect.arrayContaining([english.by ?? 'count']),
        });
      }
    }
  });

  it('says each catalog’s own language, for its plural rules', () => {
    for (const code of LANGUAGE_CODES) expect(CATALOGS[code]['meta.locale']).toBe(code);
  });
});
