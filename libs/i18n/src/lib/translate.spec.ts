import { LANGUAGE_CODES, type LanguageCode } from '@passerelle/contracts';

import { ar } from './catalogs/ar';
import { type Catalog, en, type MessageKey } from './catalogs/en';
import { fr } from './catalogs/fr';
import { placeholdersOf, translate } from './translate';

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
  });
});

describe('catalogs', () => {
  const keys = Object.keys(en) as MessageKey[];

  it.each(LANGUAGE_CODES)('%s translates every message with the same placeholders', (code) => {
    const catalog = CATALOGS[code];
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const message = catalog[key];
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholdersOf(message) }).toEqual({
        key,
        placeholders: placeholdersOf(en[key]),
      });
    }
  });
});
