import { runtimeError } from './errors';
import { pythonJsonDumps } from './python-json';
import { entriesOf, isObject, typeOf, type JmesObject } from './python-values';

/** What iterating a value gives in Python: a list's items, a str's characters, a dict's keys. */
const pythonIterate = (v: unknown): unknown[] | null => {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return Array.from(v);
  if (isObject(v)) return entriesOf(v).map(([k]) => k);
  return null;
};

/**
 * A dict key: lists and dicts are unhashable. A Python dict also takes ints, booleans and None
 * as keys; a JavaScript object's keys are strings, so they become the text json.dumps writes
 * for them (keys() then gives "1" where jmespath.py gives 1).
 */
const dictKey = (key: unknown): string => {
  if (typeof key === 'string') return key;
  if (Array.isArray(key) || isObject(key)) throw runtimeError(`unhashable type: '${typeOf(key)}'`);
  return pythonJsonDumps(key);
};

/**
 * Python's dict.update(other), which merge() applies to every argument. jmespath.py checks the
 * type of the first only, so later ones may be anything dict.update takes: an iterable of
 * key-value pairs (a list of two-item lists, of two-character strings, of two-key dicts).
 */
export const pythonDictUpdate = (target: JmesObject, other: unknown): void => {
  if (isObject(other)) {
    for (const [k, v] of entriesOf(other)) target[k] = v;
    return;
  }
  const pairs = pythonIterate(other);
  if (pairs === null) throw runtimeError(`'${typeOf(other)}' object is not iterable`);
  pairs.forEach((pair, i) => {
    const items = pythonIterate(pair);
    if (items === null) {
      throw runtimeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (items.length !== 2) {
      throw runtimeError(
        `dictionary update sequence element #${i} has length ${items.length}; 2 is required`,
      );
    }
    target[dictKey(items[0])] = items[1];
  });
};
