/**
 * A small typed validator for the seed data files (apps/api/seed): each check verifies one
 * shape and names the first place a file departs from it (`items[3].translations.fr.options[1]:
 * expected a string`). A check built for a TypeScript type is declared as `Check<TheType>`, so
 * the compiler refuses a check that would let through what the type does not allow; objects
 * refuse unknown keys, so that a misspelt field is an error rather than silently ignored.
 */

/** Thrown when seed data does not have the shape its loader expects. */
export class SeedDataError extends Error {
  override readonly name = 'SeedDataError';
}

/**
 * Verifies that a value has the shape `T` (throwing a SeedDataError if not). `T` exists only
 * for the compiler: a check passes the value through unchanged.
 */
export interface Check<T> {
  (value: unknown, path: string): void;
  /** Phantom: never set. */
  readonly type?: T;
  /** Set by optional(): the key may be missing from its object. */
  readonly optional?: true;
}

/** What a check verifies. */
export type Checked<C> = C extends Check<infer T> ? T : never;

function fail(path: string, expected: string, value: unknown): never {
  const got =
    value === null ? 'null' : Array.isArray(value) ? 'an array' : `${typeof value} ${short(value)}`;
  throw new SeedDataError(`${path}: expected ${expected}, got ${got}`);
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function check<T>(verify: (value: unknown, path: string) => void): Check<T> {
  return verify as Check<T>;
}

export const string = check<string>((value, path) => {
  if (typeof value !== 'string') fail(path, 'a string', value);
});

export const number = check<number>((value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a number', value);
});

export const integer = check<number>((value, path) => {
  if (!Number.isInteger(value)) fail(path, 'an integer', value);
});

/** One of the given strings, numbers or booleans. */
export function oneOf<const T extends string | number | boolean>(values: readonly T[]): Check<T> {
  return check<T>((value, path) => {
    if (!(values as readonly unknown[]).includes(value)) {
      fail(path, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
    }
  });
}

export function array<T>(item: Check<T>): Check<T[]> {
  return check<T[]>((value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    value.forEach((entry, index) => item(entry, `${path}[${index}]`));
  });
}

/** A key its object may leave out (it may not be null). */
export function optional<T>(inner: Check<T>): Check<T> & { readonly optional: true } {
  const verify = ((value: unknown, path: string) => inner(value, path)) as Check<T>;
  return Object.assign(verify, { optional: true as const });
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { readonly optional: true } ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]>;
} & { [K in OptionalKeys<S>]?: Checked<S[K]> };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly these keys (those marked optional() may be missing). */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  return check<ObjectOf<S>>((value, path) => {
    if (!isPlainObject(value)) fail(path, 'an object', value);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) {
        throw new SeedDataError(
          `${path}: unknown key "${key}" (expected ${Object.keys(shape).join(', ')})`,
        );
      }
    }
    for (const [key, inner] of Object.entries(shape)) {
      if (Object.hasOwn(value, key)) inner(value[key], `${path}.${key}`);
      else if (!inner.optional) throw new SeedDataError(`${path}: missing key "${key}"`);
    }
  });
}

/** An object whose keys are some of the given ones, each holding a value of one shape. */
export function partialRecord<K extends string, T>(
  keys: readonly K[],
  inner: Check<T>,
): Check<Partial<Record<K, T>>> {
  return check<Partial<Record<K, T>>>((value, path) => {
    if (!isPlainObject(value)) fail(path, 'an object', value);
    for (const [key, entry] of Object.entries(value)) {
      if (!(keys as readonly string[]).includes(key)) {
        throw new SeedDataError(`${path}: unknown key "${key}" (expected ${keys.join(', ')})`);
      }
      inner(entry, `${path}.${key}`);
    }
  });
}

/** Verifies a parsed value, naming `where` (a file) in the error; returns it typed. */
export function parseAs<T>(shape: Check<T>, value: unknown, where: string): T {
  shape(value, where);
  return value as T;
}
