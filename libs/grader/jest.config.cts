// The grader's sandbox harness, compiled from its TypeScript source (see libs/grader/harness).
require('../../libs/grader/harness/compile.cjs').writeHarnessSource();

module.exports = {
  ...require('@nx/jest/preset').default,
  displayName: 'grader',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true } } }],
  },
};
