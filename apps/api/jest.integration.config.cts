/**
 * API integration tests: the real app on a real PostgreSQL, one fresh database per test file
 * (see test/global-setup.ts for which server is used).
 */
const unit = require('./jest.config.cts');

module.exports = {
  ...unit,
  displayName: 'api-integration',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
