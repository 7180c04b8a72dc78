import { nestsDeeperThan } from './json-body';

const depthOf = (json: string, limit: number) => nestsDeeperThan(Buffer.from(json), limit);

describe('nestsDeeperThan', () => {
  it('counts objects and arrays together', () => {
    expect(depthOf('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(depthOf('{"a":[{"b":[]}]}', 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(depthOf(JSON.stringify({ a: '[[[[{{{{', b: '\\"[[[[', c: '"{{{' }), 1)).toBe(false);
  });

  it('counts siblings once, not in sum', () => {
    expect(depthOf(`[${'[],'.repeat(1000)}[]]`, 2)).toBe(false);
  });

  it('stops at the first level past the limit', () => {
    expect(depthOf('['.repeat(10_000), 64)).toBe(true);
  });

  it('is not fooled by multi-byte characters', () => {
    expect(depthOf(JSON.stringify({ name: 'ؤ﹛［｛💡' }), 1)).toBe(false);
  });
});
