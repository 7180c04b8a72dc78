export * from './lib/match';
