module.exports = {
  ...require('@nx/jest/preset').default,
  displayName: 'matching',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true } } }],
  },
};
