import { hashKey, keyedUniform, mulberry32, normal, randomSeed } from './random';

describe('seeded randomness', () => {
  it('repeats a sequence from the same seed, in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(124)()).not.toBe(mulberry32(123)());
  });

  it('draws standard normals', () => {
    const random = mulberry32(9);
    const xs = Array.from({ length: 20000 }, () => normal(random));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
    expect(xs.filter((x) => Math.abs(x) < 1).length / xs.length).toBeCloseTo(0.6827, 1);
    expect(Number.isInteger(randomSeed(random))).toBe(true);
  });

  it('gives a fixed, uniform draw per seed and key', () => {
    const key = hashKey('item-7');
    expect(keyedUniform(5, key)).toBe(keyedUniform(5, key));
    const bins = new Array(10).fill(0);
    for (let seed = 0; seed < 10000; seed++) bins[Math.floor(keyedUniform(seed, key) * 10)]++;
    for (const count of bins) expect(Math.abs(count - 1000)).toBeLessThan(120);
    // Two keys under the same seeds are not correlated.
    const other = hashKey('item-8');
    let product = 0;
    for (let seed = 0; seed < 10000; seed++) {
      product += (keyedUniform(seed, key) - 0.5) * (keyedUniform(seed, other) - 0.5);
    }
    expect(Math.abs(product / 10000 / (1 / 12))).toBeLessThan(0.05);
  });
});
