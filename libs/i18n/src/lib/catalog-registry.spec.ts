import { FALLBACK_LANGUAGE, LANGUAGE_CODES } from '@passerelle/contracts';

import {
  catalogLoader,
  type CatalogSources,
  FALLBACK_CATALOG,
  loadCatalog,
} from './catalog-registry';
import { ar } from './catalogs/ar';
import { type Catalog, en } from './catalogs/en';
import { fr } from './catalogs/fr';

describe('loadCatalog', () => {
  it('loads the catalog of every supported language', async () => {
    await expect(loadCatalog('en')).resolves.toBe(en);
    await expect(loadCatalog('fr')).resolves.toBe(fr);
    await expect(loadCatalog('ar')).resolves.toBe(ar);
    for (const code of LANGUAGE_CODES) {
      await expect(loadCatalog(code)).resolves.toHaveProperty(['common.signIn']);
    }
  });

  it('has the fallback language always at hand', async () => {
    expect(FALLBACK_CATALOG).toBe(en);
    await expect(loadCatalog(FALLBACK_LANGUAGE)).resolves.toBe(FALLBACK_CATALOG);
  });
});

describe('catalogLoader', () => {
  function sources(fetchFr: () => Promise<Catalog>): CatalogSources {
    return { en: () => Promise.resolve(en), fr: jest.fn(fetchFr), ar: () => Promise.resolve(ar) };
  }

  it('fetches a catalog once, however many ask for it', async () => {
    const from = sources(() => Promise.resolve(fr));
    const load = catalogLoader(from);
    const [first, second] = await Promise.all([load('fr'), load('fr')]);
    expect(await load('fr')).toBe(first);
    expect(second).toBe(fr);
    expect(from.fr).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    let online = false;
    const from = sources(() =>
      online ? Promise.resolve(fr) : Promise.reject(new Error('offline')),
    );
    const load = catalogLoader(from);
    await expect(load('fr')).rejects.toThrow('offline');
    online = true;
    await expect(load('fr')).resolves.toBe(fr);
    expect(from.fr).toHaveBeenCalledTimes(2);
  });
});
