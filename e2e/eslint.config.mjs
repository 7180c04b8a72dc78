import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The browser tests start the built API on a database prepared with the API's own test
    // helpers; they import those files directly rather than through a library.
    files: ['**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
