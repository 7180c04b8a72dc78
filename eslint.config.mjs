import nx from '@nx/eslint-plugin';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries: apps depend on libs, never the reverse; shared libs depend only on shared
 * libs; the Angular apps and web libs never import server code (scope:api).
 */
const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  {
    sourceTag: 'scope:portal',
    onlyDependOnLibsWithTags: ['scope:portal', 'scope:web', 'scope:shared'],
  },
  {
    sourceTag: 'scope:console',
    onlyDependOnLibsWithTags: ['scope:console', 'scope:web', 'scope:shared'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data', 'type:util'],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data', 'type:util'],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:data', 'type:util'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // *.generated.ts: written by a build step from a linted source (the grader's harness).
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/.angular',
      '**/node_modules',
      '.data',
      'coverage',
      '**/*.generated.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts', '**/*.mts'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // Config files may load the root config and the grader's harness compiler.
          allow: [
            '^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$',
            '^.*/libs/grader/harness/compile\\.cjs$',
          ],
          depConstraints,
        },
      ],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned or handled, or explicitly let run with
    // `void` (with a comment saying why); none is passed where its result would be ignored.
    // Each file is type-checked with the tsconfig that includes it (TypeScript's project
    // service, as editors do).
    files: ['**/*.ts', '**/*.cts', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Tool configs that no tsconfig includes are linted without type information.
    files: ['**/jest.config.cts', '**/jest.integration.config.cts', '**/jest.preset.cts'],
    ...tseslint.configs.disableTypeChecked,
  },
];
