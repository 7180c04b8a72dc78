/**
 * Jest resolves the workspace's path aliases for test files but not for its global set-up,
 * which Node loads directly; this teaches Node the aliases of tsconfig.base.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { register } from 'tsconfig-paths';

const root = join(__dirname, '../../..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
register({ baseUrl: root, paths: compilerOptions.paths });
