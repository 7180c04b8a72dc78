import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import type { Linter } from 'eslint';

/**
 * The domain map is enforced by the API's real lint configuration: planted imports against it
 * fail lint, and one it allows passes. The fixtures are linted as if they were files in `src/`
 * (they live in test/fixtures/domain-map, outside what lint and the compiler see).
 */
describe('the domain map lint rules', () => {
  const apiRoot = join(__dirname, '..');
  /** Each fixture, and the file of src/ it is linted as. */
  const fixtures = {
    'learning-imports-placement.ts.txt': 'learning/planted.ts',
    'learning-imports-home.ts.txt': 'learning/planted.ts',
    'learning-imports-identity.ts.txt': 'learning/planted.ts',
    'coding-imports-learning-entity.ts.txt': 'coding/planted.ts',
  };
  let found: Record<string, string[]>;

  beforeAll(() => {
    const names = Object.keys(fixtures) as (keyof typeof fixtures)[];
    const output = execFileSync(
      process.execPath,
      [
        join(apiRoot, 'eslint/lint-as.mjs'),
        ...names.flatMap((name) => [
          join(apiRoot, 'test/fixtures/domain-map', name),
          join(apiRoot, 'src', fixtures[name]),
        ]),
      ],
      { cwd: apiRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const messages = JSON.parse(output) as Linter.LintMessage[][];
    found = Object.fromEntries(
      names.map((name, i) => [
        name,
        messages[i]
          .filter((m) => m.ruleId?.startsWith('api/'))
          .map((m) => `${m.ruleId}: ${m.message}`),
      ]),
    );
  }, 60_000);

  it('fails an import against the map (learning importing placement)', () => {
    expect(found['learning-imports-placement.ts.txt']).toEqual([
      expect.stringMatching(/^api\/domain-map: learning\/ may not import from placement\//),
    ]);
  });

  it('fails an import of the application level (learning importing home)', () => {
    expect(found['learning-imports-home.ts.txt']).toEqual([
      expect.stringMatching(
        /^api\/domain-map: learning\/ may not import home\/home\.service: it is application level/,
      ),
    ]);
  });

  it("fails an import of another domain's entity (coding importing learning's Enrolment)", () => {
    expect(found['coding-imports-learning-entity.ts.txt']).toEqual([
      expect.stringMatching(/^api\/private-entities: coding\/ may not import learning\/entities\//),
    ]);
  });

  it('passes an import the map allows (learning importing identity)', () => {
    expect(found['learning-imports-identity.ts.txt']).toEqual([]);
  });
});
