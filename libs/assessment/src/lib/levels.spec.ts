import { groupOf, LEVEL_CUTS, levelOf, SYMMETRIC_LEVEL_CUTS } from './levels';

describe('DigComp levels from θ', () => {
  it('cuts at −2, −1, 0, 1, 2, 3, 4', () => {
    expect(LEVEL_CUTS).toEqual([-2, -1, 0, 1, 2, 3, 4]);
  });

  it.each([
    [-10, 1],
    [-2.0001, 1],
    [-2, 2], // on a cut: the higher level
    [-1.0001, 2],
    [-1, 3],
    [-0.5, 3],
    [0, 4],
    [0.9999, 4],
    [1, 5],
    [2, 6],
    [2.9999, 6],
    [3, 7],
    [4, 8],
    [10, 8],
  ])('θ = %p is level %p', (theta, level) => {
    expect(levelOf(theta)).toBe(level);
  });

  it('groups levels two by two', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(groupOf)).toEqual([
      'foundation',
      'foundation',
      'intermediate',
      'intermediate',
      'advanced',
      'advanced',
      'highly-specialised',
      'highly-specialised',
    ]);
  });

  it('offers equally spaced cuts on [−2.5, 2.5] for comparison', () => {
    const expected = [-2.5, -5 / 3, -5 / 6, 0, 5 / 6, 5 / 3, 2.5];
    SYMMETRIC_LEVEL_CUTS.forEach((cut, i) => expect(cut).toBeCloseTo(expected[i], 12));
    expect(levelOf(-2.6, SYMMETRIC_LEVEL_CUTS)).toBe(1);
    expect(levelOf(0, SYMMETRIC_LEVEL_CUTS)).toBe(5);
    expect(levelOf(2.5, SYMMETRIC_LEVEL_CUTS)).toBe(8);
  });
});
