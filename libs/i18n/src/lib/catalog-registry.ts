import type { LanguageCode } from '@passerelle/contracts';

import { type Catalog, en } from './catalogs/en';

/**
 * English: the language every missing translation falls back to (`FALLBACK_LANGUAGE`), and the
 * only catalog in every app's initial bundle.
 */
export const FALLBACK_CATALOG: Catalog = en;

/** Where each language's catalog comes from. */
export type CatalogSources = Record<LanguageCode, () => Promise<Catalog>>;

/**
 * The other catalogs are dynamic imports, so each one is a chunk of its own that the browser
 * downloads only for the people who read that language (many pay for every megabyte).
 */
const SOURCES: CatalogSources = {
  en: () => Promise.resolve(en),
  fr: () => import('./catalogs/fr').then((module) => module.fr),
  ar: () => import('./catalogs/ar').then((module) => module.ar),
};

/**
 * A loader that fetches each catalog at most once, however many ask for it at the same time. A
 * failed load (offline) is not kept, so that asking again once back online tries again.
 */
export function catalogLoader(sources: CatalogSources): (code: LanguageCode) => Promise<Catalog> {
  const loads = new Map<LanguageCode, Promise<Catalog>>();
  return (code) => {
    let load = loads.get(code);
    if (!load) {
      load = sources[code]();
      loads.set(code, load);
      load.catch(() => {
        if (loads.get(code) === load) loads.delete(code);
      });
    }
    return load;
  };
}

/** The catalog of `code`, downloaded the first time it is asked for. */
export const loadCatalog = catalogLoader(SOURCES);
