/** Unit tests: pure logic, no database. */
// The grader's sandbox harness, compiled from its TypeScript source (see libs/grader/harness).
require('../../libs/grader/harness/compile.cjs').writeHarnessSource();

module.exports = {
  ...require('@nx/jest/preset').default,
  displayName: 'api',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
};
