import { exceededLimit } from './json-body';

const LIMITS = { depth: 3, values: 5 };
const check = (json: string) => exceededLimit(Buffer.from(json), LIMITS);

describe('exceededLimit', () => {
  it('counts objects and arrays together for depth', () => {
    expect(check('{"a":[{"b":1}]}')).toBeNull();
    expect(check('{"a":[{"b":[]}]}')).toBe('depth');
  });

  it('counts values by the commas between them, at any depth', () => {
    expect(check('[1,2,3,{"a":4,"b":5}]')).toBeNull();
    expect(check('[1,2,3,{"a":4,"b":[5,6]}]')).toBe('values');
  });

  it('counts siblings once for depth, not in sum', () => {
    expect(check('[[],[],[]]')).toBeNull();
  });

  it('ignores brackets and commas inside strings, escaped quotes included', () => {
    expect(
      check(JSON.stringify({ a: '[[[[{{{{,,,,,,', b: '\\"[[[[,,,,,,', c: '"{{{,,,,,,' })),
    ).toBeNull();
  });

  it('stops at the first level past the limit', () => {
    expect(exceededLimit(Buffer.from('['.repeat(10_000)), { depth: 64, values: 2500 })).toBe(
      'depth',
    );
  });

  it('is not fooled by multi-byte characters', () => {
    expect(check(JSON.stringify({ name: 'ؤ﹛［｛💡，、' }))).toBeNull();
  });
});
