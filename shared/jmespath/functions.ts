import { runtimeError } from './errors';
import { pythonDictUpdate } from './python-dict';
import { pythonJsonDumps } from './python-json';
import { pythonStringToNumber } from './python-numbers';
import {
  codePointLength,
  entriesOf,
  Expref,
  isObject,
  pythonCompare,
  pythonElementEquals,
  typeOf,
  type JmesObject,
  type JmesType,
} from './python-values';

/** An argument's allowed types as jmespath.py writes them: 'number', 'array-string', ... */
type Allowed = readonly string[];
interface Signature {
  args: readonly Allowed[];
  variadic?: boolean;
}
interface JmesFunction {
  signature: Signature;
  call(args: unknown[]): unknown;
}

const typeError = (name: string, value: unknown, actual: JmesType, expected: Allowed) =>
  runtimeError(
    `In function ${name}(), invalid type for value: ${pythonJsonDumps(value instanceof Expref ? null : value)}, expected one of: ${expected.join(', ')}, received: "${actual}"`,
  );

/**
 * jmespath.py's _type_check_single: the top-level type, then for `array-T` the elements (with
 * two element types allowed, the first element decides which applies to all).
 */
const checkType = (name: string, value: unknown, allowed: Allowed): void => {
  const actual = typeOf(value);
  const tops = allowed.map((t) => t.split('-')[0]);
  if (!tops.includes(actual)) throw typeError(name, value, actual, allowed);
  const subtypes = allowed.filter((t) => t.includes('-')).map((t) => t.split('-')[1]!);
  if (subtypes.length === 0 || !Array.isArray(value)) return;
  if (subtypes.length === 1) {
    for (const element of value) {
      const t = typeOf(element);
      if (t !== subtypes[0]) throw typeError(name, element, t, allowed);
    }
    return;
  }
  if (value.length === 0) return;
  const first = typeOf(value[0]);
  if (!subtypes.includes(first)) throw typeError(name, value[0], first, allowed);
  for (const element of value) {
    const t = typeOf(element);
    if (t !== first) throw typeError(name, element, t, allowed);
  }
};

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

const checkArguments = (name: string, f: JmesFunction, args: unknown[]): void => {
  const expected = f.signature.args.length;
  if (f.signature.variadic ? args.length < expected : args.length !== expected) {
    throw runtimeError(
      `Expected ${f.signature.variadic ? 'at least ' : ''}${expected} ${plural(expected)} for function ${name}(), received ${args.length}`,
    );
  }
  for (let i = 0; i < expected; i += 1) {
    const allowed = f.signature.args[i]!;
    if (allowed.length > 0) checkType(name, args[i], allowed);
  }
};

const ordered = (a: unknown, b: unknown, op: string): number =>
  pythonCompare(a as number | string, b as number | string, op);

/** Python's max()/min() over keys: the first of equal extremes wins. */
const extreme = <T>(items: readonly T[], key: (item: T) => unknown, sign: 1 | -1): T => {
  let best = items[0]!;
  let bestKey = key(best);
  for (let i = 1; i < items.length; i += 1) {
    const k = key(items[i]!);
    if (ordered(k, bestKey, sign > 0 ? '>' : '<') * sign > 0) {
      best = items[i]!;
      bestKey = k;
    }
  }
  return best;
};

const keyFunction =
  (name: string, expref: Expref, allowed: readonly JmesType[]) =>
  (item: unknown): unknown => {
    const result = expref.evaluate(item);
    const type = typeOf(result);
    if (!allowed.includes(type)) throw typeError(name, result, type, allowed);
    return result;
  };

const sortBy = (array: unknown[], expref: Expref): unknown[] => {
  if (array.length === 0) return array;
  const firstType = typeOf(expref.evaluate(array[0]));
  if (firstType !== 'number' && firstType !== 'string') {
    throw typeError('sort_by', array[0], firstType, ['string', 'number']);
  }
  const key = keyFunction('sort_by', expref, [firstType]);
  const keyed = array.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => ordered(a.key, b.key, '<'));
  return keyed.map((k) => k.item);
};

const fn = (args: Allowed[], call: (args: unknown[]) => unknown, variadic = false) => ({
  signature: { args, variadic },
  call,
});

const numbers = (a: unknown) => a as number[];

/** jmespath.py's built-in functions (jmespath/functions.py), and no others. */
export const FUNCTIONS: Record<string, JmesFunction> = {
  abs: fn([['number']], ([n]) => Math.abs(n as number)),
  avg: fn([['array-number']], ([a]) => {
    const list = numbers(a);
    return list.length ? list.reduce((s, x) => s + x, 0) / list.length : null;
  }),
  ceil: fn([['number']], ([n]) => integral(Math.ceil(n as number))),
  contains: fn([['array', 'string'], []], ([subject, search]) => {
    if (typeof subject === 'string') {
      if (typeof search !== 'string') {
        throw runtimeError(`'in <string>' requires string as left operand, not ${typeOf(search)}`);
      }
      return subject.includes(search);
    }
    return (subject as unknown[]).some((e) => pythonElementEquals(e, search));
  }),
  ends_with: fn([['string'], ['string']], ([s, suffix]) =>
    (s as string).endsWith(suffix as string),
  ),
  floor: fn([['number']], ([n]) => integral(Math.floor(n as number))),
  join: fn([['string'], ['array-string']], ([sep, list]) => (list as string[]).join(sep as string)),
  keys: fn([['object']], ([o]) => entriesOf(o as JmesObject).map(([k]) => k)),
  length: fn([['string', 'array', 'object']], ([v]) =>
    typeof v === 'string'
      ? codePointLength(v)
      : Array.isArray(v)
        ? v.length
        : entriesOf(v as JmesObject).length,
  ),
  map: fn([['expref'], ['array']], ([e, list]) =>
    (list as unknown[]).map((item) => (e as Expref).evaluate(item)),
  ),
  max: fn([['array-number', 'array-string']], ([list]) => {
    const items = list as unknown[];
    return items.length ? extreme(items, (x) => x, 1) : null;
  }),
  max_by: fn([['array'], ['expref']], ([list, e]) => {
    const items = list as unknown[];
    return items.length
      ? extreme(items, keyFunction('max_by', e as Expref, ['number', 'string']), 1)
      : null;
  }),
  merge: fn(
    [['object']],
    (args) => {
      const merged: JmesObject = Object.create(null) as JmesObject;
      for (const o of args) pythonDictUpdate(merged, o);
      return merged;
    },
    true,
  ),
  min: fn([['array-number', 'array-string']], ([list]) => {
    const items = list as unknown[];
    return items.length ? extreme(items, (x) => x, -1) : null;
  }),
  min_by: fn([['array'], ['expref']], ([list, e]) => {
    const items = list as unknown[];
    return items.length
      ? extreme(items, keyFunction('min_by', e as Expref, ['number', 'string']), -1)
      : null;
  }),
  not_null: fn([[]], (args) => args.find((a) => a !== null && a !== undefined) ?? null, true),
  reverse: fn([['array', 'string']], ([v]) =>
    typeof v === 'string' ? Array.from(v).reverse().join('') : [...(v as unknown[])].reverse(),
  ),
  sort: fn([['array-string', 'array-number']], ([list]) =>
    [...(list as unknown[])].sort((a, b) => ordered(a, b, '<')),
  ),
  sort_by: fn([['array'], ['expref']], ([list, e]) => sortBy(list as unknown[], e as Expref)),
  starts_with: fn([['string'], ['string']], ([s, prefix]) =>
    (s as string).startsWith(prefix as string),
  ),
  sum: fn([['array-number']], ([a]) => numbers(a).reduce((s, x) => s + x, 0)),
  to_array: fn([[]], ([v]) => (Array.isArray(v) ? v : [v ?? null])),
  to_number: fn([[]], ([v]) => {
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return pythonStringToNumber(v);
    // jmespath.py hands anything else but null, bool, list and dict to int(), which refuses it.
    if (v instanceof Expref) throw runtimeError('int() argument must be a string or a number');
    return null;
  }),
  to_string: fn([[]], ([v]) => (typeof v === 'string' ? v : pythonJsonDumps(v))),
  type: fn([[]], ([v]) => {
    const t = typeOf(v);
    return t === 'expref' ? null : t;
  }),
  values: fn([['object']], ([o]) => entriesOf(o as JmesObject).map(([, v]) => v)),
};

/** math.ceil/floor return a Python int: infinity and NaN have none. */
const integral = (n: number): number => {
  if (!Number.isFinite(n)) throw runtimeError(`cannot convert float ${n} to integer`);
  return n === 0 ? 0 : n;
};

export const isObjectValue = isObject;

/** Call a function by name as jmespath.py does: unknown names and bad arguments fail here. */
export const callFunction = (name: string, args: unknown[]): unknown => {
  const f = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!f) throw runtimeError(`Unknown function: ${name}()`);
  checkArguments(name, f, args);
  return f.call(args);
};
