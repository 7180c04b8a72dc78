/**
 * The test framework that runs inside the sandbox: a Jest-compatible subset (describe, test/it,
 * their skip/x variants, before/afterEach and All, async tests, expect with the common matchers,
 * `.not`, `.resolves`/`.rejects` and asymmetric matchers). It is a script evaluated in QuickJS;
 * it exposes `globalThis.__grader` for the host to drive one test at a time.
 *
 * This file is the source: `compile.cjs` (beside it) turns it into the JavaScript text the
 * sandbox evaluates, `HARNESS_SOURCE` in `src/lib/harness-source.generated.ts`, whenever the
 * grader is built, tested or benchmarked. It is type-checked on its own
 * (`tsconfig.harness.json`: only the ECMAScript library and QuickJS's globals, no Node) and
 * linted with the rest of the library. Types are erased and nothing else changes: whatever
 * is written here is what runs.
 *
 * Graders run every test, including those marked `xtest`, `test.skip` or `describe.skip`:
 * exercises mark later tests skipped for learners working locally, not to exclude them.
 *
 * The sandbox evaluates it once per engine and copies the resulting memory for every run (see
 * sandbox.ts), so whatever differs per run comes through `__grader.configure`, which the host
 * calls before any learner code runs: the output cap and a seed for `Math.random`.
 */
(() => {
  'use strict';

  /** Any value a test or the learner's code hands over, read property by property. */
  type Loose = Record<PropertyKey, unknown>;
  type Callable = (...args: unknown[]) => unknown;
  type Constructor = abstract new (...args: never[]) => unknown;
  type Hook = () => unknown;
  /** An object as the formatter names it: by its constructor, if that has a name. */
  type Instance = { constructor: { name?: unknown } };

  interface Suite {
    name: string;
    beforeEach: Hook[];
    afterEach: Hook[];
    beforeAll: Hook[];
    afterAll: Hook[];
    parent: Suite | null;
    started: boolean;
  }
  type HookKind = 'beforeEach' | 'afterEach' | 'beforeAll' | 'afterAll';
  interface TestCase {
    name: string;
    fn: unknown;
    suite: Suite;
  }
  /** One test's outcome, as `TestResult` in `@passerelle/grading` reads it. */
  interface Result {
    name: string;
    status: 'pass' | 'fail' | 'error';
    message: string | null;
    code: string | null;
    output: string | null;
  }

  let OUTPUT_LIMIT = 0;
  let TOTAL_OUTPUT_LIMIT = 0;
  let configured = false;
  const tests: TestCase[] = [];
  const results: Result[] = [];
  const suites: Suite[] = [
    {
      name: '',
      beforeEach: [],
      afterEach: [],
      beforeAll: [],
      afterAll: [],
      parent: null,
      started: false,
    },
  ];
  let current = suites[0];
  let output = '';
  let totalOutput = 0;
  let fatal: string | null = null;

  // ---------- formatting ----------
  function fmt(value: unknown, depth = 0, seen: unknown[] = []): string {
    if (typeof value === 'string')
      return depth === 0 ? JSON.stringify(value) : JSON.stringify(value);
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (typeof value === 'bigint') return value + 'n';
    if (typeof value === 'boolean') return String(value);
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
    if (typeof value === 'symbol') return value.toString();
    if (value && (value as Loose).__asymmetric) return (value as Asymmetric).toString();
    if (seen.includes(value)) return '[Circular]';
    if (depth > 4) return Array.isArray(value) ? '[Array]' : '[Object]';
    const next = seen.concat([value]);
    if (value instanceof Error) return value.name + ': ' + value.message;
    // isNaN, not Number.isNaN: the date is converted to a number as it always was.
    if (value instanceof Date)
      return 'Date(' + (isNaN(value as unknown as number) ? 'Invalid' : value.toISOString()) + ')';
    if (value instanceof RegExp) return String(value);
    if (Array.isArray(value)) {
      const items = value.slice(0, 50).map((v) => fmt(v, depth + 1, next));
      if (value.length > 50) items.push('… ' + (value.length - 50) + ' more');
      return '[' + items.join(', ') + ']';
    }
    if (value instanceof Map)
      return (
        'Map {' +
        [...value]
          .slice(0, 50)
          .map(([k, v]) => fmt(k, depth + 1, next) + ' => ' + fmt(v, depth + 1, next))
          .join(', ') +
        '}'
      );
    if (value instanceof Set)
      return (
        'Set {' +
        [...value]
          .slice(0, 50)
          .map((v) => fmt(v, depth + 1, next))
          .join(', ') +
        '}'
      );
    const keys = Object.keys(value as object);
    const name =
      (value as Instance).constructor &&
      (value as Instance).constructor !== Object &&
      (value as Instance).constructor.name
        ? (value as Instance).constructor.name + ' '
        : '';
    const body = keys
      .slice(0, 50)
      .map(
        (k) =>
          (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)) +
          ': ' +
          fmt((value as Loose)[k], depth + 1, next),
      );
    if (keys.length > 50) body.push('… ' + (keys.length - 50) + ' more');
    return name + '{' + body.join(', ') + '}';
  }

  function text(args: unknown[]): string {
    return args.map((a) => (typeof a === 'string' ? a : fmt(a))).join(' ');
  }

  // ---------- console ----------
  function write(args: unknown[]): void {
    if (totalOutput > TOTAL_OUTPUT_LIMIT) return;
    const line = text(args) + '\n';
    totalOutput += line.length;
    if (output.length < OUTPUT_LIMIT + 1) output += line.slice(0, OUTPUT_LIMIT + 1 - output.length);
  }
  const console = {
    log: (...a: unknown[]) => write(a),
    info: (...a: unknown[]) => write(a),
    warn: (...a: unknown[]) => write(a),
    error: (...a: unknown[]) => write(a),
    debug: (...a: unknown[]) => write(a),
  };

  // ---------- virtual timers: time only moves when nothing else can run ----------
  interface Timer {
    id: number;
    at: number;
    fn: unknown;
    args: unknown[];
    every: number;
  }
  let now = 0;
  let timerId = 0;
  const timers: Timer[] = [];
  function setTimeout(fn: unknown, ms?: unknown, ...args: unknown[]): number {
    const id = ++timerId;
    timers.push({ id, at: now + Math.max(0, Number(ms) || 0), fn, args, every: 0 });
    return id;
  }
  function setInterval(fn: unknown, ms?: unknown, ...args: unknown[]): number {
    const id = setTimeout(fn, ms, ...args);
    timers[timers.length - 1].every = Math.max(1, Number(ms) || 0);
    return id;
  }
  function clearTimeout(id: unknown): void {
    const i = timers.findIndex((t) => t.id === id);
    if (i >= 0) timers.splice(i, 1);
  }
  function tick(): boolean {
    if (timers.length === 0) return false;
    timers.sort((a, b) => a.at - b.at || a.id - b.id);
    const timer = timers.shift() as Timer;
    now = timer.at;
    if (timer.every) timers.push({ ...timer, at: now + timer.every });
    if (typeof timer.fn === 'function') (timer.fn as Callable)(...timer.args);
    return true;
  }

  // ---------- Math.random: xoshiro128**, seeded per run by the host ----------
  const seed = [1, 2, 3, 4];
  function next32(): number {
    const result = Math.imul(rotl(Math.imul(seed[1], 5), 7), 9) >>> 0;
    const t = seed[1] << 9;
    seed[2] ^= seed[0];
    seed[3] ^= seed[1];
    seed[1] ^= seed[2];
    seed[0] ^= seed[3];
    seed[2] ^= t;
    seed[3] = rotl(seed[3], 11);
    return result;
  }
  function rotl(x: number, k: number): number {
    return (x << k) | (x >>> (32 - k));
  }
  const random = () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
  Object.defineProperty(Math, 'random', {
    value: random,
    writable: true,
    enumerable: false,
    configurable: true,
  });

  // ---------- equality ----------
  interface Asymmetric {
    __asymmetric: true;
    check: (value: unknown) => boolean;
    toString: () => string;
  }
  function asymmetric(
    name: string,
    check: (value: unknown) => boolean,
    describe: string,
  ): Asymmetric {
    return { __asymmetric: true, check, toString: () => name + '(' + describe + ')' };
  }
  function isA(ctor: unknown, value: unknown): boolean {
    if (ctor === String) return typeof value === 'string' || value instanceof String;
    if (ctor === Number) return typeof value === 'number' || value instanceof Number;
    if (ctor === Boolean) return typeof value === 'boolean' || value instanceof Boolean;
    if (ctor === Function) return typeof value === 'function';
    if (ctor === Object) return typeof value === 'object' && value !== null;
    if (ctor === BigInt) return typeof value === 'bigint';
    if (ctor === Symbol) return typeof value === 'symbol';
    return value instanceof (ctor as Constructor);
  }
  function equals(
    a: unknown,
    b: unknown,
    strict: boolean,
    seen: [unknown, unknown][] = [],
  ): boolean {
    if (b && (b as Loose).__asymmetric) return (b as Asymmetric).check(a);
    if (a && (a as Loose).__asymmetric) return (a as Asymmetric).check(b);
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (seen.some(([x, y]) => x === a && y === b)) return true;
    const pairs = seen.concat([[a, b]]);
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (a instanceof Date || b instanceof Date)
      return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b);
    if (a instanceof Error && b instanceof Error) return a.message === b.message;
    if (a instanceof Map || b instanceof Map) {
      if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
      for (const [k, v] of a) if (!b.has(k) || !equals(v, b.get(k), strict, pairs)) return false;
      return true;
    }
    if (a instanceof Set || b instanceof Set) {
      if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false;
      for (const v of a) if (![...b].some((w) => equals(v, w, strict, pairs))) return false;
      return true;
    }
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
    const keysOf = (o: object) =>
      Object.keys(o).filter((k) => strict || (o as Loose)[k] !== undefined);
    const ka = keysOf(a);
    const kb = keysOf(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) {
      if (!Object.hasOwn(b, k) && !((b as Loose)[k] === undefined && !strict)) return false;
      if (!equals((a as Loose)[k], (b as Loose)[k], strict, pairs)) return false;
    }
    if (strict && Array.isArray(a)) {
      for (let i = 0; i < a.length; i++) if (i in a !== i in b) return false;
    }
    return true;
  }

  // ---------- expect ----------
  class AssertionError extends Error {}
  AssertionError.prototype.name = 'AssertionError';

  /** A matcher's verdict on a value, and its message once negated or not. */
  interface Outcome {
    pass: boolean;
    message: (not: boolean) => string;
  }
  type Matcher = (received: unknown, ...expected: unknown[]) => Outcome;
  /** What `expect(received)` and its modifiers hold, kept where learner code cannot reach. */
  interface ExpectationState {
    received: unknown;
    negated: boolean;
    mode: 'resolves' | 'rejects' | undefined;
  }

  function expectation(name: string, args: string, hint: string): string {
    return 'expect(received).' + name + '(' + args + ')' + (hint ? '\n\n' + hint : '');
  }
  function thrownBy(fn: unknown): { threw: boolean; value?: unknown; fromValue?: boolean } {
    if (typeof fn !== 'function') return { value: fn, threw: true, fromValue: true };
    try {
      (fn as Callable)();
      return { threw: false };
    } catch (error) {
      return { threw: true, value: error };
    }
  }
  function matchesThrown(thrown: unknown, expected: unknown): boolean {
    if (expected === undefined) return true;
    const message =
      thrown && typeof thrown === 'object' && 'message' in thrown
        ? String(thrown.message)
        : String(thrown);
    if (typeof expected === 'string') return message.includes(expected);
    if (expected instanceof RegExp) return expected.test(message);
    if (typeof expected === 'function') return thrown instanceof (expected as Constructor);
    if (expected && typeof expected === 'object')
      return message === String((expected as Loose).message);
    return false;
  }

  const matchers: Record<string, Matcher> = {
    toBe: (r, e) => ({
      pass: Object.is(r, e),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBe',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toEqual: (r, e) => ({
      pass: equals(r, e, false),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toEqual',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toStrictEqual: (r, e) => ({
      pass: equals(r, e, true),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toStrictEqual',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toBeTruthy: (r) => ({
      pass: !!r,
      message: (not) => expectation((not ? 'not.' : '') + 'toBeTruthy', '', 'Received: ' + fmt(r)),
    }),
    toBeFalsy: (r) => ({
      pass: !r,
      message: (not) => expectation((not ? 'not.' : '') + 'toBeFalsy', '', 'Received: ' + fmt(r)),
    }),
    toBeNull: (r) => ({
      pass: r === null,
      message: (not) => expectation((not ? 'not.' : '') + 'toBeNull', '', 'Received: ' + fmt(r)),
    }),
    toBeUndefined: (r) => ({
      pass: r === undefined,
      message: (not) =>
        expectation((not ? 'not.' : '') + 'toBeUndefined', '', 'Received: ' + fmt(r)),
    }),
    toBeDefined: (r) => ({
      pass: r !== undefined,
      message: (not) => expectation((not ? 'not.' : '') + 'toBeDefined', '', 'Received: ' + fmt(r)),
    }),
    toBeNaN: (r) => ({
      pass: Number.isNaN(r),
      message: (not) => expectation((not ? 'not.' : '') + 'toBeNaN', '', 'Received: ' + fmt(r)),
    }),
    toBeInstanceOf: (r, e) => ({
      pass: typeof e === 'function' && r instanceof (e as Constructor),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBeInstanceOf',
          'expected',
          'Expected constructor: ' +
            (not ? 'not ' : '') +
            ((e && (e as Loose).name) || fmt(e)) +
            '\nReceived: ' +
            fmt(r),
        ),
    }),
    toContain: (r, e) => ({
      pass: (r != null && typeof (r as Loose).includes === 'function'
        ? (r as { includes: Callable }).includes(e)
        : r != null &&
          typeof (r as Loose)[Symbol.iterator] === 'function' &&
          [...(r as Iterable<unknown>)].includes(e)) as boolean,
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toContain',
          'expected',
          'Expected value: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toContainEqual: (r, e) => ({
      pass: r != null && [...(r as Iterable<unknown>)].some((v) => equals(v, e, false)),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toContainEqual',
          'expected',
          'Expected value: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toHaveLength: (r, e) => ({
      pass: r != null && (r as Loose).length === e,
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toHaveLength',
          'expected',
          'Expected length: ' +
            (not ? 'not ' : '') +
            fmt(e) +
            '\nReceived length: ' +
            fmt(r == null ? r : (r as Loose).length) +
            '\nReceived: ' +
            fmt(r),
        ),
    }),
    toHaveProperty: (r, path, value) => {
      const keys = Array.isArray(path) ? (path as PropertyKey[]) : String(path).split('.');
      let target = r;
      let found = true;
      for (const k of keys) {
        if (target != null && Object.hasOwn(Object(target), k)) target = (target as Loose)[k];
        else {
          found = false;
          break;
        }
      }
      const pass = found && (value === undefined || equals(target, value, false));
      return {
        pass,
        message: (not) =>
          expectation(
            (not ? 'not.' : '') + 'toHaveProperty',
            'path',
            'Expected path: ' +
              fmt(path) +
              (value === undefined ? '' : '\nExpected value: ' + fmt(value)) +
              '\nReceived: ' +
              fmt(r),
          ),
      };
    },
    toBeCloseTo: (r, e, digits = 2) => ({
      pass:
        typeof r === 'number' &&
        (r === e || Math.abs((e as number) - r) < Math.pow(10, -(digits as number)) / 2),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBeCloseTo',
          'expected, ' + digits,
          'Expected: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toBeGreaterThan: (r, e) => ({
      pass: (r as number) > (e as number),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBeGreaterThan',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + '> ' + fmt(e) + '\nReceived:   ' + fmt(r),
        ),
    }),
    toBeGreaterThanOrEqual: (r, e) => ({
      pass: (r as number) >= (e as number),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBeGreaterThanOrEqual',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + '>= ' + fmt(e) + '\nReceived:    ' + fmt(r),
        ),
    }),
    toBeLessThan: (r, e) => ({
      pass: (r as number) < (e as number),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBeLessThan',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + '< ' + fmt(e) + '\nReceived:   ' + fmt(r),
        ),
    }),
    toBeLessThanOrEqual: (r, e) => ({
      pass: (r as number) <= (e as number),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toBeLessThanOrEqual',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + '<= ' + fmt(e) + '\nReceived:    ' + fmt(r),
        ),
    }),
    toMatch: (r, e) => ({
      pass: typeof r === 'string' && (e instanceof RegExp ? e.test(r) : r.includes(String(e))),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toMatch',
          'expected',
          'Expected pattern: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived string:  ' + fmt(r),
        ),
    }),
    toMatchObject: (r, e) => ({
      pass: r !== null && typeof r === 'object' && objectContaining(e).check(r),
      message: (not) =>
        expectation(
          (not ? 'not.' : '') + 'toMatchObject',
          'expected',
          'Expected: ' + (not ? 'not ' : '') + fmt(e) + '\nReceived: ' + fmt(r),
        ),
    }),
    toThrow: (r, e) => {
      const thrown = thrownBy(r);
      const pass = thrown.threw && matchesThrown(thrown.value, e);
      return {
        pass,
        message: (not) =>
          expectation(
            (not ? 'not.' : '') + 'toThrow',
            e === undefined ? '' : 'expected',
            (e === undefined ? '' : 'Expected: ' + fmt(e) + '\n') +
              (thrown.threw ? 'Thrown: ' + fmt(thrown.value) : 'Received function did not throw'),
          ),
      };
    },
  };
  matchers.toThrowError = matchers.toThrow;

  function objectContaining(expected: unknown): Asymmetric {
    return asymmetric(
      'ObjectContaining',
      (actual) =>
        actual != null &&
        Object.keys(expected as object).every(
          (k) => k in Object(actual) && equals((actual as Loose)[k], (expected as Loose)[k], false),
        ),
      fmt(expected),
    );
  }

  // expect(value) is called for every assertion: its matchers live once, as getters on a shared
  // frozen prototype, and each expectation keeps only its state (in a map learner code cannot
  // reach), instead of building every matcher for every call.
  const expectations = new WeakMap<object, ExpectationState>();
  function assertThat(
    state: ExpectationState,
    name: string,
    expected: unknown[],
  ): Promise<void> | undefined {
    const { received, negated, mode } = state;
    const check = (value: unknown) => {
      const outcome = matchers[name](value, ...expected);
      if (outcome.pass === negated) throw new AssertionError(outcome.message(negated));
    };
    if (mode === 'resolves') {
      return Promise.resolve(received).then(check, (error: unknown) => {
        throw new AssertionError(
          expectation(
            'resolves.' + name,
            'expected',
            'Received promise rejected instead of resolved\nRejected to value: ' + fmt(error),
          ),
        );
      });
    }
    if (mode === 'rejects') {
      return Promise.resolve(
        typeof received === 'function' ? (received as Callable)() : received,
      ).then(
        (value) => {
          throw new AssertionError(
            expectation(
              'rejects.' + name,
              'expected',
              'Received promise resolved instead of rejected\nResolved to value: ' + fmt(value),
            ),
          );
        },
        (error: unknown) =>
          check(
            name === 'toThrow' || name === 'toThrowError'
              ? () => {
                  throw error;
                }
              : error,
          ),
      );
    }
    check(received);
    return undefined;
  }
  function expectationOf(
    received: unknown,
    negated: boolean,
    mode: ExpectationState['mode'],
  ): object {
    const result = Object.create(expectationPrototype) as object;
    expectations.set(result, { received, negated, mode });
    return result;
  }
  const stateOf = (object: object) => {
    const state = expectations.get(object);
    if (!state) throw new TypeError('Matchers are called on the result of expect(value).');
    return state;
  };
  const expectationPrototype = {
    get not() {
      const s = stateOf(this);
      return expectationOf(s.received, !s.negated, s.mode);
    },
    get resolves() {
      const s = stateOf(this);
      return expectationOf(s.received, s.negated, 'resolves');
    },
    get rejects() {
      const s = stateOf(this);
      return expectationOf(s.received, s.negated, 'rejects');
    },
  };
  for (const name of Object.keys(matchers)) {
    Object.defineProperty(expectationPrototype, name, {
      get(this: object) {
        const state = stateOf(this);
        return (...expected: unknown[]) => assertThat(state, name, expected);
      },
      enumerable: true,
    });
  }
  Object.freeze(expectationPrototype);
  function expect(received: unknown): object {
    return expectationOf(received, false, undefined);
  }
  expect.objectContaining = objectContaining;
  expect.stringMatching = (pattern: unknown) =>
    asymmetric(
      'StringMatching',
      (a) =>
        typeof a === 'string' &&
        (pattern instanceof RegExp ? pattern.test(a) : a.includes(pattern as string)),
      String(pattern),
    );
  expect.stringContaining = (part: unknown) =>
    asymmetric(
      'StringContaining',
      (a) => typeof a === 'string' && a.includes(part as string),
      fmt(part),
    );
  expect.arrayContaining = (items: unknown) =>
    asymmetric(
      'ArrayContaining',
      (a) =>
        Array.isArray(a) && (items as unknown[]).every((i) => a.some((v) => equals(v, i, false))),
      fmt(items),
    );
  expect.any = (ctor: unknown) =>
    asymmetric('Any', (a) => isA(ctor, a), ((ctor && (ctor as Loose).name) || fmt(ctor)) as string);
  expect.anything = () => asymmetric('Anything', (a) => a !== null && a !== undefined, '');
  expect.assertions = () => undefined;
  expect.hasAssertions = () => undefined;

  // ---------- describe / test ----------
  function describe(name: unknown, fn: unknown): void {
    const suite: Suite = {
      name: String(name),
      beforeEach: [],
      afterEach: [],
      beforeAll: [],
      afterAll: [],
      parent: current,
      started: false,
    };
    const previous = current;
    current = suite;
    try {
      if (typeof fn === 'function') (fn as Callable)();
    } finally {
      current = previous;
    }
  }
  function test(name: unknown, fn: unknown): void {
    const path: string[] = [];
    for (let s: Suite | null = current; s; s = s.parent) if (s.name) path.unshift(s.name);
    path.push(String(name));
    tests.push({ name: path.join(' > '), fn, suite: current });
  }
  for (const f of [describe, test]) {
    (f as unknown as Loose).skip = f;
    (f as unknown as Loose).only = f;
    (f as unknown as Loose).todo = () => undefined;
  }
  test.each = (table: unknown[]) => (name: unknown, fn: Callable) =>
    table.forEach((row, i) =>
      test(
        String(name)
          .replace('%s', fmt(row))
          .replace('%i', i as unknown as string),
        () => fn(...(Array.isArray(row) ? row : [row])),
      ),
    );
  describe.each = (table: unknown[]) => (name: unknown, fn: Callable) =>
    table.forEach((row) =>
      describe(String(name).replace('%s', fmt(row)), () =>
        fn(...(Array.isArray(row) ? row : [row])),
      ),
    );
  const hook = (kind: HookKind) => (fn: Hook) => current[kind].push(fn);

  // ---------- running ----------
  function chain(suite: Suite): Suite[] {
    const list: Suite[] = [];
    for (let s: Suite | null = suite; s; s = s.parent) list.unshift(s);
    return list;
  }
  function codeOf(error: unknown): string {
    const message = error && typeof error === 'object' ? String((error as Loose).message) : '';
    if (error instanceof AssertionError) return 'assertion-failed';
    if (message === 'out of memory') return 'memory-limit';
    if (error instanceof InternalError && /stack overflow/.test(message)) return 'stack-overflow';
    return 'exception';
  }
  function describeError(error: unknown): string {
    if (error instanceof AssertionError) return error.message;
    if (error && typeof error === 'object' && 'message' in error) {
      return ((error as Loose).name || 'Error') + ': ' + String(error.message);
    }
    return 'Thrown: ' + fmt(error);
  }

  async function runTest(index: number): Promise<void> {
    const t = tests[index];
    output = '';
    let failure: unknown = null;
    const suites = chain(t.suite);
    try {
      for (const s of suites) {
        if (!s.started) {
          s.started = true;
          for (const h of s.beforeAll) await h();
        }
      }
      for (const s of suites) for (const h of s.beforeEach) await h();
      if (typeof t.fn !== 'function')
        throw new Error('The test "' + t.name + '" has no function to run.');
      await (t.fn as Callable)();
    } catch (error) {
      failure = error;
    }
    try {
      for (const s of suites.slice().reverse()) for (const h of s.afterEach) await h();
    } catch (error) {
      failure = failure || error;
    }
    const code = failure === null ? null : codeOf(failure);
    if (code === 'memory-limit') fatal = 'memory-limit';
    results[index] = {
      name: t.name,
      status: failure === null ? 'pass' : code === 'assertion-failed' ? 'fail' : 'error',
      message: failure === null ? null : describeError(failure),
      code,
      output:
        output === ''
          ? null
          : output.length > OUTPUT_LIMIT
            ? output.slice(0, OUTPUT_LIMIT) + '\n… (output cut)'
            : output,
    };
  }

  const modules: Record<string, unknown> = {};
  function require(name: unknown): unknown {
    const key = String(name)
      .replace(/^\.\//, '')
      .replace(/\.(c|m)?js$/, '');
    if (key === '@jest/globals') return jestGlobals;
    if (Object.hasOwn(modules, key)) return modules[key];
    throw new Error("Cannot find module '" + name + "'");
  }

  const jestGlobals = {
    describe,
    xdescribe: describe,
    test,
    it: test,
    xtest: test,
    xit: test,
    expect,
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
  };

  let running: { done: boolean } | null = null;
  let cursor = 0;
  const api = {
    globals: jestGlobals,
    modules,
    configure(outputLimit: number, a: number, b: number, c: number, d: number): void {
      if (configured) throw new Error('The grader is configured once per run.');
      configured = true;
      OUTPUT_LIMIT = outputLimit;
      TOTAL_OUTPUT_LIMIT = outputLimit * 20;
      seed[0] = a | 0;
      seed[1] = b | 0;
      seed[2] = c | 0;
      seed[3] = d | 1;
    },
    count: () => tests.length,
    // Starts the next test (the first, then each after the one step() last reported).
    start(): void {
      running = { done: false };
      const state = running;
      // Not awaited: the host runs the pending jobs and asks step() how the test went.
      void runTest(cursor).then(
        () => (state.done = true),
        () => (state.done = true),
      );
    },
    // Called after the host ran the pending jobs: 'waiting' when a timer fired (the host runs
    // the jobs again), else the test's outcome, finished or stuck (nothing left can finish it).
    step(): string {
      const done = running !== null && running.done === true;
      if (!done && tick()) return 'waiting';
      const index = cursor++;
      return JSON.stringify({
        name: tests[index].name,
        stuck: !done,
        result: results[index] || null,
        fatal,
      });
    },
  };

  // ---------- lockdown ----------
  // Learner code runs after this point in the same realm. It must not be able to change how
  // the grader judges it, so the intrinsics' constructors, prototypes and namespaces are frozen
  // and the grader's globals fixed. (The grader never reads properties of built-in method
  // functions themselves, so those need no freezing.) On the prototypes ordinary objects
  // inherit from, data properties become accessors whose setter defines an own property
  // instead, so that code like `this.name = 'MyError'` or `obj.toString = …` still works.
  const intrinsicNames = Object.getOwnPropertyNames(globalThis).filter((name) =>
    /^[A-Z]/.test(name),
  );
  const OVERRIDABLE: object[] = [Object.prototype, Function.prototype, Error.prototype];
  function tame(proto: object): void {
    for (const key of Reflect.ownKeys(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (!desc || !('value' in desc) || !desc.writable || !desc.configurable) continue;
      const value: unknown = desc.value;
      Object.defineProperty(proto, key, {
        configurable: false,
        enumerable: desc.enumerable,
        get() {
          return value;
        },
        set(this: object, next: unknown) {
          if (this === proto) throw new TypeError('Cannot change the built-in ' + String(key));
          Object.defineProperty(this, key, {
            value: next,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        },
      });
    }
  }
  const frozen = new Set<unknown>();
  function freeze(object: unknown): void {
    while (
      object !== null &&
      (typeof object === 'object' || typeof object === 'function') &&
      !frozen.has(object)
    ) {
      frozen.add(object);
      if (typeof object === 'function' && object.prototype) freeze(object.prototype);
      if (
        OVERRIDABLE.includes(object) ||
        (Object.getPrototypeOf(object) === Error.prototype && Object.hasOwn(object, 'name'))
      )
        tame(object);
      Object.freeze(object);
      object = Object.getPrototypeOf(object);
    }
  }
  for (const name of intrinsicNames) freeze((globalThis as unknown as Loose)[name]);
  // Empty functions of each kind, and iterators, only to reach their hidden prototypes.
  /* eslint-disable @typescript-eslint/no-empty-function */
  for (const sample of [
    function* () {},
    async function () {},
    async function* () {},
    (function* () {})(),
    [][Symbol.iterator](),
    new Map().entries(),
    new Set().values(),
    ''[Symbol.iterator](),
    'a'.matchAll(/a/g),
  ]) {
    freeze(Object.getPrototypeOf(sample));
  }
  /* eslint-enable @typescript-eslint/no-empty-function */
  Object.assign(globalThis, jestGlobals, {
    console,
    setTimeout,
    setInterval,
    clearTimeout,
    clearInterval: clearTimeout,
    require,
  });
  // The grader's own objects that tests use are frozen too, so that learner code loaded before
  // the tests cannot swap what the tests call (expect.objectContaining, test.each, the globals
  // '@jest/globals' re-exports). Console stays writable, as in Node.
  function harden(value: unknown): void {
    if (
      value === null ||
      (typeof value !== 'object' && typeof value !== 'function') ||
      Object.isFrozen(value)
    )
      return;
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      const desc = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      if ('value' in desc) harden(desc.value);
    }
  }
  harden(jestGlobals);
  const fixed = intrinsicNames.concat(Object.keys(jestGlobals), [
    'console',
    'setTimeout',
    'setInterval',
    'clearTimeout',
    'clearInterval',
    'require',
    'globalThis',
  ]);
  Object.defineProperty(globalThis, '__grader', {
    value: Object.freeze(api),
    writable: false,
    enumerable: false,
    configurable: false,
  });
  for (const name of fixed) {
    const desc = Object.getOwnPropertyDescriptor(globalThis, name);
    if (desc && desc.configurable)
      Object.defineProperty(globalThis, name, {
        value: (globalThis as unknown as Loose)[name],
        writable: false,
        enumerable: false,
        configurable: false,
      });
  }
})();
