export * from './lib/database-server';
export * from './lib/test-server';
