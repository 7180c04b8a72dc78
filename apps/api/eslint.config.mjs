import baseConfig from '../../eslint.config.mjs';
import api from './eslint/domain-map.mjs';

const srcRoot = `${import.meta.dirname}/src`;

/**
 * Files that still import another domain's entities. Each is to read through that domain's
 * read API instead (see docs/design.md); remove a file from this list once it does. New files
 * must not be added.
 */
const STILL_READING_OTHER_DOMAINS_ENTITIES = [
  'src/coding/import/exercise-import.service.ts',
  'src/placement/my-data.service.ts',
  'src/placement/outcomes.service.ts',
  'src/placement/placement-seed.service.ts',
  'src/placement/profile-evidence.service.ts',
];

export default [
  ...baseConfig,
  {
    // The API's domain map (see eslint/domain-map.mjs): which folder of src/ may import which,
    // and each domain's entities private to it.
    files: ['**/*.ts'],
    plugins: { api },
    rules: {
      'api/domain-map': ['error', { srcRoot }],
      'api/private-entities': ['error', { srcRoot }],
    },
  },
  {
    files: STILL_READING_OTHER_DOMAINS_ENTITIES,
    rules: { 'api/private-entities': 'off' },
  },
];
