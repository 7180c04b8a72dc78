import { D, itemInformation, itemProblem, probability, testInformation } from './irt';

describe('IRT model (D = 1)', () => {
  it('uses the logistic metric', () => {
    expect(D).toBe(1);
  });

  // Hand-computed: P = c + (1 − c)/(1 + e^(−a(θ − b))), I = a²·(Q/P)·((P − c)/(1 − c))².
  it.each([
    // a, b, c, θ, P, I
    [1, 0, 0, 0, 0.5, 0.25], // at b: P = 1/2, I = a²/4
    [2, -1, 0, 0, 1 / (1 + Math.exp(-2)), (4 * Math.exp(-2)) / (1 + Math.exp(-2)) ** 2],
    [1.5, 1, 0.2, 1, 0.6, 2.25 * (0.4 / 0.6) * 0.25], // 3PL at b: P = (1 + c)/2
    [0.8, 2, 0, -1, 0.0831726965, 0.0488031994],
    [1.2, 0.5, 0.25, -0.5, 0.4236064124, 0.1049852061],
  ])('a=%p b=%p c=%p at θ=%p: P=%p, I=%p', (a, b, c, theta, p, info) => {
    expect(probability({ a, b, c }, theta)).toBeCloseTo(p, 9);
    expect(itemInformation({ a, b, c }, theta)).toBeCloseTo(info, 9);
  });

  it('treats a missing c as 2PL', () => {
    expect(probability({ a: 1.3, b: 0.4 }, 1)).toBe(probability({ a: 1.3, b: 0.4, c: 0 }, 1));
    expect(itemInformation({ a: 1.3, b: 0.4 }, 1)).toBeCloseTo(1.69 * 0.6856 * 0.3144, 3);
  });

  it('agrees with the definition I = P′² / (P·Q), P′ by central differences', () => {
    const item = { a: 1.7, b: -0.3, c: 0.15 };
    for (const theta of [-3, -1, 0, 0.4, 2.5]) {
      const h = 1e-5;
      const slope = (probability(item, theta + h) - probability(item, theta - h)) / (2 * h);
      const p = probability(item, theta);
      expect(itemInformation(item, theta)).toBeCloseTo((slope * slope) / (p * (1 - p)), 6);
    }
  });

  it('sums item information into test information', () => {
    const items = [
      { a: 1, b: 0 },
      { a: 2, b: -1 },
      { a: 1.5, b: 1, c: 0.2 },
    ];
    expect(testInformation(items, 0)).toBeCloseTo(
      0.25 + 0.4199743416 + itemInformation(items[2], 0),
      9,
    );
    expect(testInformation([], 0)).toBe(0);
  });

  it('names what makes an item unusable', () => {
    expect(itemProblem({ id: 'x', area: 'safety', a: 1, b: 0 })).toBeNull();
    expect(itemProblem({ id: 'x', area: 'safety', a: 0, b: 0 })).toMatch(/a must/);
    expect(itemProblem({ id: 'x', area: 'safety', a: 1, b: NaN })).toMatch(/b must/);
    expect(itemProblem({ id: 'x', area: 'safety', a: 1, b: 0, c: 1 })).toMatch(/c must/);
  });
});
