export * from './lib/localize';
export * from './lib/positions';
export * from './lib/progress';
export * from './lib/quiz';
