const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const { writeHarnessSource } = require('../../libs/grader/harness/compile.cjs');

// The grader's sandbox harness, compiled from its TypeScript source (see libs/grader/harness).
writeHarnessSource();

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'cli', entryPath: './src/cli.ts' },
        // The grader processes the API starts (see libs/grader).
        { entryName: 'grader-worker', entryPath: join(__dirname, '../../libs/grader/src/worker-main.ts') },
        // The item bank's calibration runs in a worker thread (see CalibrationService).
        { entryName: 'calibration-worker', entryPath: './src/assessment/calibration-worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      // The seed data (item bank, demo courses), read at start from seed/ beside main.js.
      assets: [{ input: './seed', glob: '**/*.json', output: 'seed' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
