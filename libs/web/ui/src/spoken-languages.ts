/**
 * A secondary entry point: only the pages that offer or name spoken languages import the list
 * (`@passerelle/web-ui/spoken-languages`), so that it is not part of every app's first download.
 */
export * from './lib/spoken-languages';
