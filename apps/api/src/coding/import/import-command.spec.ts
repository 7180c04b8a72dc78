import { outcomeLine, parseImportArguments, skippedLine, summaryLine } from './import-command';

describe('parseImportArguments', () => {
  it('reads the folder relative to the caller, and the options in either form', () => {
    expect(parseImportArguments(['exercises/practice'], '/track')).toEqual({
      folder: '/track/exercises/practice',
      course: null,
      module: null,
    });
    expect(
      parseImportArguments(
        ['--course', 'js-basics', '/abs/leap', '--module=Practice time'],
        '/track',
      ),
    ).toEqual({ folder: '/abs/leap', course: 'js-basics', module: 'Practice time' });
  });

  it('explains what is wrong in one line', () => {
    expect(() => parseImportArguments([], '/')).toThrow(
      'give one folder; usage: npm run exercises:import -- <folder> [--course <slug>] [--module <title>]',
    );
    expect(() => parseImportArguments(['a', 'b'], '/')).toThrow('give one folder');
    expect(() => parseImportArguments(['a', '--course'], '/')).toThrow('--course needs a value');
    expect(() => parseImportArguments(['a', '--module', '--course', 'x'], '/')).toThrow(
      '--module needs a value',
    );
    expect(() => parseImportArguments(['a', '--course='], '/')).toThrow('--course needs a value');
    expect(() => parseImportArguments(['a', '--force'], '/')).toThrow('unknown option --force');
  });
});

describe('report lines', () => {
  it('prints one aligned line per exercise', () => {
    expect(
      outcomeLine({ slug: 'leap', status: 'imported', detail: 'imported-exercises / Imported' }),
    ).toBe('imported  leap                     → imported-exercises / Imported');
    expect(outcomeLine({ slug: 'double', status: 'refused', detail: 'the stub passes' })).toBe(
      'refused   double                   the stub passes',
    );
    expect(skippedLine('/track/exercises/practice/notes')).toBe(
      'skipped   notes                    not an exercise (no .meta/config.json)',
    );
  });

  it('sums up every status', () => {
    expect(
      summaryLine([{ status: 'imported' }, { status: 'refused' }, { status: 'refused' }]),
    ).toBe('3 exercises: 1 imported, 0 updated, 0 unchanged, 2 refused');
    expect(summaryLine([{ status: 'unchanged' }])).toBe(
      '1 exercise: 0 imported, 0 updated, 1 unchanged, 0 refused',
    );
  });
});
