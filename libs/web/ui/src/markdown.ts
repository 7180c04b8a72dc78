/**
 * A secondary entry point: markdown-it weighs tens of kilobytes, so only the pages that render
 * Markdown import it (`@passerelle/web-ui/markdown`), never every page through the main one.
 */
export * from './lib/markdown';
