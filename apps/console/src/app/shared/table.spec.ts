import { ariaSort, csvField, csvFileName, nextSort, sortRows, TableSort, toCsv } from './table';

interface Row {
  name: string;
  level: number | null;
}

const ROWS: Row[] = [
  { name: 'Zoé', level: 3 },
  { name: 'amal', level: null },
  { name: 'Bilal', level: 5 },
  { name: 'item 10', level: 3 },
  { name: 'item 9', level: 1 },
];
const value = (row: Row, key: 'name' | 'level') => row[key];

describe('sortRows', () => {
  it('sorts texts without regard to case, numbers inside texts as numbers', () => {
    expect(sortRows(ROWS, { key: 'name', descending: false }, value).map((r) => r.name)).toEqual([
      'amal',
      'Bilal',
      'item 9',
      'item 10',
      'Zoé',
    ]);
  });

  it('keeps empty values last in both directions, and ties in their order', () => {
    const up = sortRows(ROWS, { key: 'level', descending: false }, value);
    expect(up.map((r) => r.name)).toEqual(['item 9', 'Zoé', 'item 10', 'Bilal', 'amal']);
    const down = sortRows(ROWS, { key: 'level', descending: true }, value);
    expect(down.map((r) => r.name)).toEqual(['Bilal', 'Zoé', 'item 10', 'item 9', 'amal']);
  });

  it('does not change the rows it is given', () => {
    const copy = [...ROWS];
    sortRows(ROWS, { key: 'level', descending: true }, value);
    expect(ROWS).toEqual(copy);
  });
});

describe('nextSort and ariaSort', () => {
  it('flips the same column, and starts others ascending unless told', () => {
    const byName = { key: 'name', descending: false } as const;
    expect(nextSort(byName, 'name')).toEqual({ key: 'name', descending: true });
    expect(nextSort(byName, 'level')).toEqual({ key: 'level', descending: false });
    expect(nextSort(byName, 'level', ['level'])).toEqual({ key: 'level', descending: true });
    expect(ariaSort(byName, 'name')).toBe('ascending');
    expect(ariaSort(byName, 'level')).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes fields that need it and doubles their quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-1.25)).toBe('-1.25');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('keeps spreadsheets from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+33 6 12')).toBe("'+33 6 12");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@home')).toBe("'@home");
  });

  it('writes a header and one CRLF-ended line per row', () => {
    expect(
      toCsv(
        ['Name', 'Level'],
        [
          ['Amal', 3],
          ['أمل', null],
        ],
      ),
    ).toBe('Name,Level\r\nAmal,3\r\nأمل,\r\n');
  });

  it('names files by the day', () => {
    expect(csvFileName('item-bank', new Date('2026-03-01T12:00:00Z'))).toBe(
      'item-bank-2026-03-01.csv',
    );
  });
});

describe('TableSort', () => {
  it('flips on the same header, starts some keys descending, and reads the sort menu', () => {
    const sort = new TableSort<'name' | 'level'>({ key: 'name', descending: false }, ['level']);
    sort.by('name');
    expect(sort.state()).toEqual({ key: 'name', descending: true });
    sort.by('level');
    expect(sort.aria('level')).toBe('descending');
    expect(sort.aria('name')).toBeNull();
    sort.choose('name:asc');
    expect(sort.isChosen('name', false)).toBe(true);
    expect(sort.isChosen('name', true)).toBe(false);
  });
});
