/**
 * Turns the sandbox's harness (harness.ts, beside this file) into the JavaScript the sandbox
 * evaluates, and writes it as `HARNESS_SOURCE` to src/lib/harness-source.generated.ts (not
 * committed). TypeScript only removes the types: the output is the harness as written,
 * comments included.
 *
 * Everything that compiles or runs the grader from its sources calls writeHarnessSource() first:
 * the API's webpack config, the Jest configs of the grader and of the API, buildWorkerScript(),
 * the grader's typecheck and lint targets and the grading benchmark. The file is written only
 * when its content changes (and by renaming, so that processes writing it at once never leave
 * it half written). `node libs/grader/harness/compile.cjs` writes it by hand.
 */
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const SOURCE = join(__dirname, 'harness.ts');
const OUTPUT = join(__dirname, '../src/lib/harness-source.generated.ts');

/** The harness as the JavaScript text the sandbox evaluates. */
function compileHarness() {
  const ts = require('typescript');
  const { outputText, diagnostics } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    fileName: SOURCE,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      // A script, not a module: no `export {}`, no top-level "use strict" (the harness has its own).
      moduleDetection: ts.ModuleDetectionKind.Legacy,
      alwaysStrict: false,
      removeComments: false,
      sourceMap: false,
      inlineSourceMap: false,
    },
  });
  if (diagnostics && diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    });
    throw new Error(`The grader's harness does not compile:\n${text}`);
  }
  return outputText;
}

/** The generated module's text. */
function harnessModule() {
  return [
    '// Generated from libs/grader/harness/harness.ts by libs/grader/harness/compile.cjs: do not edit.',
    '',
    "/** The sandbox's test framework, as the JavaScript QuickJS evaluates (see harness.ts). */",
    `export const HARNESS_SOURCE = ${JSON.stringify(compileHarness())};`,
    '',
  ].join('\n');
}

/** Writes src/lib/harness-source.generated.ts when it is missing or out of date. */
function writeHarnessSource() {
  const text = harnessModule();
  let previous = null;
  try {
    previous = readFileSync(OUTPUT, 'utf8');
  } catch {
    // Not written yet.
  }
  if (previous === text) return OUTPUT;
  const temporary = `${OUTPUT}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, OUTPUT);
  return OUTPUT;
}

module.exports = { compileHarness, writeHarnessSource, HARNESS_OUTPUT: OUTPUT };

if (require.main === module) writeHarnessSource();
