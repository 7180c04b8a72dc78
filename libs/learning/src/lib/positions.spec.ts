import { changedPositions, moveTo } from './positions';

describe('positions', () => {
  it('moves an entry up, down, to the ends, and clamps beyond them', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(moveTo(ids, 'c', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveTo(ids, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(ids, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(ids, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveTo(ids, 'b', 1)).toEqual(ids);
  });

  it('inserts an entry that was not in the list', () => {
    expect(moveTo(['a', 'b'], 'x', 1)).toEqual(['a', 'x', 'b']);
  });

  it('lists only the positions that change, keeping them dense', () => {
    const entries = [
      { id: 'a', position: 0 },
      { id: 'c', position: 2 },
      { id: 'd', position: 3 },
    ];
    expect(changedPositions(entries)).toEqual([
      { id: 'c', position: 1 },
      { id: 'd', position: 2 },
    ]);
  });
});
