export * from './lib/messages';
export * from './lib/protocol';
export * from './lib/results';
