/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a small seeded 32-bit generator, good enough for simulation (not for secrets).
 * The same seed always gives the same sequence, so every benchmark run is reproducible.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard-normal draw (Box–Muller), from two uniform draws. */
export function normal(random: Random, mean = 0, sd = 1): number {
  const u = 1 - random(); // (0, 1]: the logarithm stays finite
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A random unsigned 32-bit integer, e.g. the seed of an attempt. */
export function randomSeed(random: Random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

/** The 32-bit finaliser of MurmurHash3: spreads every input bit over the whole word. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of a key for `keyedUniform` (computed once per item by the bank). */
export function hashKey(key: string): number {
  return hashString(key);
}

/**
 * A uniform number in [0, 1) fixed by a seed and a key (given by its `hashKey`): the same
 * pair always gives the same number, different pairs behave as independent draws. The engine
 * uses it for the Sympson–Hetter draw of an item within one attempt, so the attempt's state is
 * only its seed and its answers (an item once set aside stays set aside, and a resumed attempt
 * serves the same item); the simulation uses it for a simulated learner's answer to an item.
 */
export function keyedUniform(seed: number, keyHash: number): number {
  const h = mix32(keyHash ^ mix32(seed ^ 0x9e3779b9));
  return mix32(h + Math.imul(seed >>> 0, 0x27d4eb2f)) / 4294967296;
}
