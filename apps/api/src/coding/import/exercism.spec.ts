import { SOURCE_MAX_LENGTH } from '@passerelle/contracts';
import { stopped, summarize, type TestResult } from '@passerelle/grading';

import { gradingJob, verdictProblem } from '../exercise-checks';
import {
  type ExercismConfig,
  hintsFrom,
  importsSolution,
  parseExercismConfig,
  titleFromSlug,
  toImportedExercise,
  trackExerciseNames,
} from './exercism';

const CONFIG = JSON.stringify({
  authors: ['someone'],
  files: {
    solution: ['word-count.js'],
    test: ['word-count.spec.js'],
    example: ['.meta/proof.ci.js'],
  },
  blurb: 'Count the words.',
});

const config = (): ExercismConfig => {
  const parsed = parseExercismConfig(CONFIG);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.value;
};

const SPEC = `import { describe, expect, test, xtest } from '@jest/globals';
import { countWords } from './word-count';

describe('countWords', () => {
  test('one word', () => expect(countWords('hi')).toBe(1));
  xtest('two words', () => expect(countWords('hi there')).toBe(2));
});
`;

const FILES = {
  'word-count.js': "export const countWords = () => {\n  throw new Error('Write me');\n};\n",
  'word-count.spec.js': SPEC,
  '.meta/proof.ci.js': 'export const countWords = (text) => text.split(/\\s+/).length;\n',
  '.docs/instructions.md': '# Instructions\r\n\r\nCount the words of a text.\r\n',
};

const problemsOf = (result: { ok: boolean; problems?: string[] }) =>
  result.ok ? [] : (result.problems ?? []);

describe('parseExercismConfig', () => {
  it('reads the solution, test and example files', () => {
    expect(config()).toEqual({
      solution: 'word-count.js',
      test: 'word-count.spec.js',
      example: '.meta/proof.ci.js',
      title: null,
    });
  });

  it('takes an exemplar (concept exercises) and a title when given', () => {
    const parsed = parseExercismConfig(
      JSON.stringify({
        name: ' Lasagna ',
        files: { solution: ['lasagna.js'], test: ['lasagna.spec.js'], exemplar: ['.meta/e.js'] },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        solution: 'lasagna.js',
        test: 'lasagna.spec.js',
        example: '.meta/e.js',
        title: 'Lasagna',
      },
    });
  });

  it('lists every problem of a config it cannot use', () => {
    expect(problemsOf(parseExercismConfig('{ nope'))).toEqual([
      '.meta/config.json is not valid JSON',
    ]);
    expect(problemsOf(parseExercismConfig('[]'))).toEqual([
      '.meta/config.json has no "files" object',
    ]);
    expect(
      problemsOf(
        parseExercismConfig(
          JSON.stringify({
            files: { solution: ['a.js', 'b.js'], test: ['../x.spec.js'], example: ['proof.ts'] },
          }),
        ),
      ),
    ).toEqual([
      '.meta/config.json names 2 files.solution; only one is supported',
      'files.test "../x.spec.js" is outside the exercise folder',
      'files.example "proof.ts" is not a JavaScript (.js) file',
    ]);
    expect(
      problemsOf(parseExercismConfig(JSON.stringify({ files: { solution: ['src/a.js'] } }))),
    ).toEqual([
      'files.solution "src/a.js" must be at the top of the exercise folder',
      '.meta/config.json names no files.test',
      '.meta/config.json names no files.example',
    ]);
  });
});

describe('toImportedExercise', () => {
  it('makes the stub the starter and the spec the example tests, with no hidden tests', () => {
    const result = toImportedExercise('word-count', config(), FILES);
    expect(result).toEqual({
      ok: true,
      value: {
        slug: 'word-count',
        origin: 'exercism:word-count',
        title: 'Word Count',
        proof: FILES['.meta/proof.ci.js'],
        definition: {
          language: 'javascript',
          solutionFile: 'word-count.js',
          starter: FILES['word-count.js'],
          exampleTests: SPEC,
          hiddenTests: '',
          translations: {
            en: { prompt: '# Instructions\n\nCount the words of a text.', hints: [] },
          },
        },
      },
    });
  });

  it('joins the introduction, instructions and their appendix, and reads the hints', () => {
    const result = toImportedExercise(
      'word-count',
      config(),
      {
        ...FILES,
        '.docs/introduction.md': '# Introduction\n\nWords matter.\n',
        '.docs/instructions.append.md': '\n# Appendix\n\nSplit on spaces.\n',
        '.docs/hints.md': '# Hints\n\n- Use `split`.\n',
      },
      'Word counting',
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.value.title).toBe('Word counting');
    expect(result.value.definition.translations.en).toEqual({
      prompt:
        '# Introduction\n\nWords matter.\n\n# Instructions\n\nCount the words of a text.\n\n# Appendix\n\nSplit on spaces.',
      hints: ['Use `split`.'],
    });
  });

  it('prefers the title of the config to the track name', () => {
    const result = toImportedExercise('word-count', { ...config(), title: 'Words' }, FILES, 'X');
    expect(result.ok && result.value.title).toBe('Words');
  });

  it('refuses missing files, a spec that does not import the solution and a bad slug', () => {
    const result = toImportedExercise('Word Count', config(), {
      'word-count.spec.js': "import { countWords } from './count';\n",
    });
    expect(problemsOf(result)).toEqual([
      'the folder name "Word Count" is not a slug (lower-case letters, digits, dashes)',
      'word-count.js is missing (named by files.solution)',
      '.meta/proof.ci.js is missing (named by files.example)',
      '.docs/instructions.md is missing',
      "word-count.spec.js does not import the solution as './word-count'",
    ]);
  });

  it('refuses a stub or example solution longer than learners may submit', () => {
    const long = 'x'.repeat(SOURCE_MAX_LENGTH + 1);
    expect(
      problemsOf(toImportedExercise('word-count', config(), { ...FILES, 'word-count.js': long })),
    ).toEqual([`word-count.js is longer than ${SOURCE_MAX_LENGTH} characters`]);
  });

  it('refuses empty instructions', () => {
    expect(
      problemsOf(
        toImportedExercise('word-count', config(), { ...FILES, '.docs/instructions.md': ' \n' }),
      ),
    ).toEqual(['.docs/instructions.md is empty']);
  });
});

describe('importsSolution', () => {
  it.each([
    "import { a } from './two-fer';",
    'import { a } from "./two-fer.js";',
    "import * as all from './two-fer'",
    "const { a } = require('./two-fer');",
    "const m = await import('./two-fer.js');",
  ])('accepts %s', (spec) => expect(importsSolution(spec, 'two-fer.js')).toBe(true));

  it.each([
    "import { a } from './two-fer-helper';",
    "import { a } from './other';",
    "// see './two-fer'",
    "import { a } from 'two-fer';",
  ])('rejects %s', (spec) => expect(importsSolution(spec, 'two-fer.js')).toBe(false));
});

describe('hintsFrom', () => {
  it('makes one hint of each top-level list item, with what is indented under it', () => {
    const markdown = [
      '# Hints',
      '',
      '## General',
      '',
      '- First hint.',
      '* Second hint,',
      '  on two lines.',
      '',
      '## Task 2',
      '',
      '1. Third hint:',
      '',
      '   ```js',
      '   x % 2',
      '   ```',
      '2. Fourth hint',
      'with a lazy line.',
      'Not a hint after a heading?',
      '',
      'A paragraph between lists.',
    ].join('\n');
    expect(hintsFrom(markdown)).toEqual([
      'First hint.',
      'Second hint,\non two lines.',
      'Third hint:\n\n```js\nx % 2\n```',
      'Fourth hint\nwith a lazy line.\nNot a hint after a heading?',
    ]);
  });

  it('falls back to paragraphs without a list, and to none for nothing', () => {
    expect(hintsFrom('# Hints\n\nThink small.\n\nThen\ngrow.\n')).toEqual([
      'Think small.',
      'Then\ngrow.',
    ]);
    expect(hintsFrom('')).toEqual([]);
    expect(hintsFrom('# Hints\n')).toEqual([]);
  });
});

describe('titles', () => {
  it('derives a title from the slug', () => {
    expect(titleFromSlug('two-fer')).toBe('Two Fer');
    expect(titleFromSlug('leap')).toBe('Leap');
    expect(titleFromSlug('list-ops-2')).toBe('List Ops 2');
  });

  it("reads exercise names from a track's config.json", () => {
    const track = JSON.stringify({
      exercises: {
        concept: [{ slug: 'lasagna', name: "Lucian's Luscious Lasagna" }],
        practice: [{ slug: 'two-fer', name: 'Two-Fer' }, { slug: 'nameless' }],
        foregone: ['x'],
      },
    });
    expect([...trackExerciseNames(track)]).toEqual([
      ['lasagna', "Lucian's Luscious Lasagna"],
      ['two-fer', 'Two-Fer'],
    ]);
    expect(trackExerciseNames('{"files": {}}').size).toBe(0);
    expect(trackExerciseNames('not json').size).toBe(0);
  });
});

describe('checking the grader verdicts', () => {
  const test = (name: string, status: TestResult['status'], message: string | null = null) => ({
    name,
    status,
    message,
    code: null,
    output: null,
  });
  const passing = summarize([test('a', 'pass'), test('b', 'pass')], 1);
  const failing = summarize(
    [test('a', 'pass'), test('shout > spaces', 'fail', 'Expected: "HI!"\n  Received: "  HI  !"')],
    1,
  );

  it('accepts an example solution that passes and a stub that does not', () => {
    expect(verdictProblem(passing, failing)).toBeNull();
    expect(verdictProblem(passing, stopped('error', 'syntax-error', 'x', [], 1))).toBeNull();
  });

  it('names the first failing test of an example solution, in one line', () => {
    expect(verdictProblem(failing, failing)).toBe(
      'the example solution does not pass: "shout > spaces": Expected: "HI!" Received: "  HI  !"',
    );
    expect(
      verdictProblem(stopped('timeout', 'timeout', 'The code ran too long.', [], 1), failing),
    ).toBe('the example solution does not pass: timeout: The code ran too long.');
  });

  it('refuses a stub that already passes', () => {
    expect(verdictProblem(passing, passing)).toBe(
      'the stub passes every test; it must fail at least one',
    );
  });

  it('grades as a learner submission is graded', () => {
    const imported = toImportedExercise('word-count', config(), FILES);
    if (!imported.ok) throw new Error('not ok');
    const job = gradingJob(imported.value.definition, 'source');
    expect(job.files).toEqual([{ path: 'word-count.js', content: 'source' }]);
    expect(job.tests).toEqual([{ path: 'examples.spec.js', content: SPEC }]);
    expect(
      gradingJob({ ...imported.value.definition, hiddenTests: 'more' }, 's').tests.map(
        (t) => t.path,
      ),
    ).toEqual(['examples.spec.js', 'more.spec.js']);
  });
});
