module.exports = {
  ...require('@nx/jest/preset').default,
  displayName: 'i18n',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true } } }],
  },
};
