import nx from '@nx/eslint-plugin';

import baseConfig from '../../eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'pc',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'pc',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    // Layers: a feature folder (src/app/<feature>/) uses its own files, `shared/` and the libs,
    // never another feature's folder; `shared/` uses only itself and the libs. Only the route
    // composition at the top (app.routes.ts, app.config.ts) reaches into features.
    files: ['src/app/*/**/*.ts'],
    ignores: ['src/app/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!shared/)',
              message:
                'A feature imports nothing from another feature: move what both use to src/app/shared/ (or a lib).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Property[key.name=/^(styleUrl|styleUrls|templateUrl)$/] Literal[value=/^\\.\\.\\/(?!shared\\/)/]",
          message:
            'A feature uses no style sheet or template of another feature: move it to src/app/shared/.',
        },
      ],
    },
  },
  {
    files: ['src/app/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'src/app/shared/ depends on no feature: only on itself and the libs.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Property[key.name=/^(styleUrl|styleUrls|templateUrl)$/] Literal[value=/^\\.\\.\\//]",
          message: 'src/app/shared/ uses no style sheet or template of a feature.',
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    // Override or add rules here
    rules: {},
  },
];
