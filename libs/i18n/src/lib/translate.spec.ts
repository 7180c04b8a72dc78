import { LANGUAGE_CODES } from '@passerelle/contracts';

import { type MessageKey } from './catalogs/en';
import { CATALOGS, placeholdersOf, translate } from './translate';

describe('translate', () => {
  it('returns the message in the requested language', () => {
    expect(translate('fr', 'common.signIn')).toBe('Se connecter');
    expect(translate('ar', 'common.signIn')).toBe('تسجيل الدخول');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'dashboard.greeting', { name: 'Amina' })).toBe('Hello, Amina!');
    expect(translate('en', 'dashboard.greeting', { other: 'x' })).toBe('Hello, {name}!');
  });

  it('falls back to English when a translation is empty', () => {
    const original = CATALOGS.fr['common.copy'];
    CATALOGS.fr['common.copy'] = '';
    try {
      expect(translate('fr', 'common.copy')).toBe('Copy');
    } finally {
      CATALOGS.fr['common.copy'] = original;
    }
  });
});

describe('catalogs', () => {
  const keys = Object.keys(CATALOGS.en) as MessageKey[];

  it.each(LANGUAGE_CODES)('%s translates every message with the same placeholders', (code) => {
    for (const key of keys) {
      const message = CATALOGS[code][key];
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholdersOf(message) }).toEqual({
        key,
        placeholders: placeholdersOf(CATALOGS.en[key]),
      });
    }
  });
});
