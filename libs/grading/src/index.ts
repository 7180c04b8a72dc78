export * from './lib/protocol';
export * from './lib/results';
