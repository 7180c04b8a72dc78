export * from './lib/build-worker';
export * from './lib/process-pool';
export * from './lib/sandbox';
