import { runtimeError } from './errors';

/**
 * How jmespath.py's Python sees JSON values: truthiness, equality (with Python's `True == 1`
 * inside containers), ordering (strings by code point, numbers by value, anything else
 * incomparable), and the type names of its function signatures.
 */

export type JmesType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'expref';

/** A `&expression` argument; only functions that take one (sort_by, map...) accept it. */
export class Expref {
  constructor(readonly evaluate: (value: unknown) => unknown) {}
}

export type JmesObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JmesObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Expref);

export const typeOf = (v: unknown): JmesType => {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
  }
  if (Array.isArray(v)) return 'array';
  return v instanceof Expref ? 'expref' : 'object';
};

/** Own keys with a value: an `undefined` property is a key the JSON document does not have. */
export const entriesOf = (o: JmesObject): Array<[string, unknown]> => {
  const out: Array<[string, unknown]> = [];
  for (const key of Object.keys(o)) {
    const value = o[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
};

const isEmptyObject = (o: JmesObject): boolean => {
  for (const key in o) if (Object.hasOwn(o, key) && o[key] !== undefined) return false;
  return true;
};

/** jmespath.py's `_is_false`: '', [], {}, null and false; 0 is true. */
export const isFalse = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  v === false ||
  v === '' ||
  (Array.isArray(v) ? v.length === 0 : isObject(v) && isEmptyObject(v));

/** Python's `==` on the values json.loads makes (True == 1 and False == 0 included). */
export const pythonEquals = (x: unknown, y: unknown): boolean => {
  if (x === y) return true;
  if (x === null || x === undefined || y === null || y === undefined) {
    return (x === null || x === undefined) && (y === null || y === undefined);
  }
  const tx = typeof x;
  const ty = typeof y;
  if (tx === 'boolean' && ty === 'number') return Number(x) === y;
  if (tx === 'number' && ty === 'boolean') return x === Number(y);
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!pythonElementEquals(x[i], y[i])) return false;
    return true;
  }
  if (isObject(x) && isObject(y)) {
    const a = entriesOf(x);
    const b = entriesOf(y);
    if (a.length !== b.length) return false;
    for (const [key, value] of a) {
      if (!Object.hasOwn(y, key) || !pythonElementEquals(value, y[key])) return false;
    }
    return true;
  }
  return false;
};

/**
 * Equality of two elements of a list or dict (and `in`): Python tries identity first, and
 * json.loads gives every NaN it reads as one shared object, so there NaN equals NaN. JavaScript
 * NaNs have no identity; NaNs made later (to_number('nan')) are taken for that one too.
 */
export const pythonElementEquals = (x: unknown, y: unknown): boolean =>
  pythonEquals(x, y) || (Number.isNaN(x) && Number.isNaN(y));

const isZeroOrOne = (v: unknown): boolean => typeof v === 'number' && (v === 0 || v === 1);

/** jmespath.py's `_equals`: at the top of a comparison, 0 and 1 never equal a boolean. */
export const jmesEquals = (x: unknown, y: unknown): boolean => {
  if (isZeroOrOne(x)) return typeof y !== 'boolean' && pythonEquals(x, y);
  if (isZeroOrOne(y)) return typeof x !== 'boolean' && pythonEquals(x, y);
  return pythonEquals(x, y);
};

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Python compares strings by code point, JavaScript by UTF-16 unit. They agree until a
 * surrogate is involved (an astral character against U+E000..U+FFFF, or a lone surrogate,
 * which Python holds as a code point of its own); from there the code points are compared.
 */
export const compareCodePoints = (a: string, b: string): number => {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const split = i > 0 && isHighSurrogate(a.charCodeAt(i - 1));
    if (!split && !isSurrogate(x) && !isSurrogate(y)) return x - y;
    // A high surrogate always starts a code point: the one before i, or i itself.
    return compareCodePointsFrom(a, b, split ? i - 1 : i);
  }
  return a.length - b.length;
};

const compareCodePointsFrom = (a: string, b: string, start: number): number => {
  let i = start;
  let j = start;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
};

/** Number of code points, as Python's len() counts a str. */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i += 1;
    }
    n += 1;
  }
  return n;
};

/**
 * Python's ordering of two comparable values (numbers or strings): a number against a string
 * is Python's TypeError, which jmespath.py lets through as an error.
 */
export const pythonCompare = (x: number | string, y: number | string, op: string): number => {
  if (typeof x === 'number' && typeof y === 'number')
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  if (typeof x === 'string' && typeof y === 'string') return compareCodePoints(x, y);
  throw runtimeError(
    `'${op}' not supported between a ${typeof x === 'number' ? 'number' : 'string'} and a ${typeof y === 'number' ? 'number' : 'string'}`,
  );
};
