// Lints files' text as if each lay at another path, with the API's real lint configuration,
// and prints each file's messages as JSON. The domain-map test runs it in a process of its own,
// since ESLint loads its configuration with a dynamic import that Jest's module system refuses.
//   node eslint/lint-as.mjs <file to read> <path to lint it as> [<file> <path>]...
import { readFileSync } from 'node:fs';

import { ESLint } from 'eslint';

const args = process.argv.slice(2);
const eslint = new ESLint({ cwd: `${import.meta.dirname}/..` });
const results = [];
for (let i = 0; i + 1 < args.length; i += 2) {
  const [result] = await eslint.lintText(readFileSync(args[i], 'utf8'), { filePath: args[i + 1] });
  results.push(result.messages);
}
process.stdout.write(JSON.stringify(results));
