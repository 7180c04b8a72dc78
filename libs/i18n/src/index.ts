export * from './lib/catalog-registry';
export type { Catalog, MessageKey } from './lib/catalogs/en';
export * from './lib/labels';
export * from './lib/message';
export * from './lib/translate';
