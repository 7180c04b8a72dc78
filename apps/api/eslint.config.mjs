import baseConfig from '../../eslint.config.mjs';
import api from './eslint/domain-map.mjs';

const srcRoot = `${import.meta.dirname}/src`;

export default [
  ...baseConfig,
  {
    // The API's domain map (see eslint/domain-map.mjs): which folder of src/ may import which.
    files: ['**/*.ts'],
    plugins: { api },
    rules: {
      'api/domain-map': ['error', { srcRoot }],
    },
  },
];
