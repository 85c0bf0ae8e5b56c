import type { JmesNode, NodeOf } from './ast';
import { runtimeError } from './errors';
import { callFunction } from './functions';
import { entriesOf, Expref, isFalse, isObject, jmesEquals, pythonCompare } from './python-values';

/** One compiled node: the value it gives for the value it is applied to. */
export type Evaluate = (value: unknown) => unknown;

/**
 * What a value read from the document is to the expression. `undefined` is a missing key; a
 * Date (the SDK's timestamps) is the string the AWS CLI makes of it before its --query runs.
 */
export type ReadValue = (value: unknown) => unknown;

export interface InterpreterOptions {
  read: ReadValue;
}

const FIELDS_OF_EVERY_OBJECT = new Set(Object.getOwnPropertyNames(Object.prototype));

const COMPARATORS = {
  lt: (c: number) => c < 0,
  gt: (c: number) => c > 0,
  lte: (c: number) => c <= 0,
  gte: (c: number) => c >= 0,
} as const;
const SYMBOL = { lt: '<', gt: '>', lte: '<=', gte: '>=' } as const;

const isComparable = (v: unknown): v is number | string =>
  typeof v === 'number' || typeof v === 'string';

/** Python's slice(start, stop, step).indices(length), then the elements it selects. */
const pythonSlice = (list: readonly unknown[], parts: NodeOf<'slice'>['children']): unknown[] => {
  const [start, stop, stepPart] = parts;
  const step = stepPart ?? 1;
  if (step === 0) throw runtimeError('slice step cannot be zero');
  const length = list.length;
  const clamp = (index: number | null, fallback: number, low: number, high: number) => {
    if (index === null) return fallback;
    const i = index < 0 ? index + length : index;
    return i < low ? low : i > high ? high : i;
  };
  const out: unknown[] = [];
  if (step > 0) {
    const from = clamp(start, 0, 0, length);
    const to = clamp(stop, length, 0, length);
    for (let i = from; i < to; i += step) out.push(list[i]);
  } else {
    const from = clamp(start, length - 1, -1, length - 1);
    const to = clamp(stop, -1, -1, length - 1);
    for (let i = from; i > to; i += step) out.push(list[i]);
  }
  return out;
};

/**
 * Turns jmespath.py's tree into closures that evaluate it with jmespath.py's TreeInterpreter
 * semantics (jmespath/visitor.py): projections drop nulls, filters keep what is not false,
 * ordering compares numbers with numbers and strings with strings (else null, or Python's
 * TypeError for a number against a string), functions are looked up when called.
 */
export const compileNode = (root: JmesNode, options: InterpreterOptions): Evaluate => {
  const { read } = options;
  const compile = (node: JmesNode): Evaluate => {
    switch (node.type) {
      case 'field': {
        const name = node.value;
        if (FIELDS_OF_EVERY_OBJECT.has(name) || name === '__proto__') {
          return (v) => (isObject(v) && Object.hasOwn(v, name) ? read(v[name]) : null);
        }
        return (v) => (isObject(v) ? read(v[name]) : null);
      }
      case 'subexpression':
      case 'index_expression':
      case 'pipe': {
        const steps = node.children.map(compile);
        if (steps.length === 2) {
          const [first, second] = steps as [Evaluate, Evaluate];
          return (v) => second(first(v));
        }
        return (v) => steps.reduce((acc, step) => step(acc), v);
      }
      case 'index': {
        const at = node.value;
        return (v) => {
          if (!Array.isArray(v)) return null;
          const i = at < 0 ? at + v.length : at;
          return i >= 0 && i < v.length ? read(v[i]) : null;
        };
      }
      case 'slice': {
        const parts = node.children;
        return (v) => (Array.isArray(v) ? pythonSlice(v, parts) : null);
      }
      case 'identity':
      case 'current':
        return (v) => (v === undefined ? null : v);
      case 'literal': {
        const value = node.value;
        return () => value;
      }
      case 'comparator':
        return comparator(node, compile);
      case 'projection': {
        const [left, right] = node.children.map(compile) as [Evaluate, Evaluate];
        return (v) => {
          const base = left(v);
          if (!Array.isArray(base)) return null;
          const out: unknown[] = [];
          for (const element of base) {
            const r = right(read(element));
            if (r !== null && r !== undefined) out.push(r);
          }
          return out;
        };
      }
      case 'value_projection': {
        const [left, right] = node.children.map(compile) as [Evaluate, Evaluate];
        return (v) => {
          const base = left(v);
          if (!isObject(base)) return null;
          const out: unknown[] = [];
          for (const [, element] of entriesOf(base)) {
            const r = right(read(element));
            if (r !== null && r !== undefined) out.push(r);
          }
          return out;
        };
      }
      case 'filter_projection': {
        const [left, right, condition] = node.children.map(compile) as [
          Evaluate,
          Evaluate,
          Evaluate,
        ];
        return (v) => {
          const base = left(v);
          if (!Array.isArray(base)) return null;
          const out: unknown[] = [];
          for (const raw of base) {
            const element = read(raw);
            if (isFalse(condition(element))) continue;
            const r = right(element);
            if (r !== null && r !== undefined) out.push(r);
          }
          return out;
        };
      }
      case 'flatten': {
        const inner = compile(node.children[0]);
        return (v) => {
          const base = inner(v);
          if (!Array.isArray(base)) return null;
          const out: unknown[] = [];
          for (const element of base) {
            if (Array.isArray(element)) for (const e of element) out.push(read(e));
            else out.push(read(element));
          }
          return out;
        };
      }
      case 'or_expression': {
        const [left, right] = node.children.map(compile) as [Evaluate, Evaluate];
        return (v) => {
          const matched = left(v);
          return isFalse(matched) ? right(v) : matched;
        };
      }
      case 'and_expression': {
        const [left, right] = node.children.map(compile) as [Evaluate, Evaluate];
        return (v) => {
          const matched = left(v);
          return isFalse(matched) ? matched : right(v);
        };
      }
      case 'not_expression': {
        const inner = compile(node.children[0]);
        return (v) => isFalse(inner(v));
      }
      case 'multi_select_list': {
        const items = node.children.map(compile);
        return (v) => (v === null || v === undefined ? null : items.map((item) => item(v)));
      }
      case 'multi_select_dict': {
        const pairs = node.children.map((pair) => [pair.value, compile(pair.children[0])] as const);
        return (v) => {
          if (v === null || v === undefined) return null;
          // No prototype: a key named __proto__ is a key like any other.
          const out = Object.create(null) as Record<string, unknown>;
          for (const [key, value] of pairs) out[key] = value(v);
          return out;
        };
      }
      case 'key_val_pair':
        return compile(node.children[0]);
      case 'expref': {
        // A new object each time, as jmespath.py's visit_expref makes: two are never equal.
        const inner = compile(node.children[0]);
        return () => new Expref(inner);
      }
      case 'function_expression': {
        const name = node.value;
        const args = node.children.map(compile);
        return (v) =>
          callFunction(
            name,
            args.map((arg) => arg(v)),
          );
      }
    }
  };
  return compile(root);
};

const comparator = (
  node: NodeOf<'comparator'>,
  compile: (node: JmesNode) => Evaluate,
): Evaluate => {
  const [left, right] = node.children.map(compile) as [Evaluate, Evaluate];
  const op = node.value;
  if (op === 'eq') return (v) => jmesEquals(left(v), right(v));
  if (op === 'ne') return (v) => !jmesEquals(left(v), right(v));
  const test = COMPARATORS[op];
  const symbol = SYMBOL[op];
  return (v) => {
    const a = left(v);
    const b = right(v);
    if (!isComparable(a) || !isComparable(b)) return null;
    return test(pythonCompare(a, b, symbol));
  };
};
