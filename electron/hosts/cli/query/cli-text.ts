import { compareCodePoints } from '../../../../shared/jmespath/python-values';
import { isObject, pythonStr } from './python-str';

type Dict = Record<string, unknown>;

const isContainer = (v: unknown): boolean => Array.isArray(v) || isObject(v);

/**
 * awscli/text.py, function for function: the AWS CLI's `--output text`. A dict prints its scalar
 * values on one tab-separated line (keys sorted) and then each nested value under its key in
 * capitals; a list of dicts shares one sorted set of scalar keys; a list of scalars is one line.
 */
export const formatText = (value: unknown): string => {
  const lines: string[] = [];
  formatValue(value, lines, null, null);
  return lines.join('');
};

const formatValue = (
  item: unknown,
  out: string[],
  identifier: string | null,
  scalarKeys: string[] | null,
): void => {
  if (isObject(item)) formatDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(`${pythonStr(item)}\n`);
};

const formatList = (item: unknown[], identifier: string | null, out: string[]): void => {
  if (item.length === 0) return;
  if (item.some(isObject)) {
    const allKeys = allScalarKeys(item);
    for (const element of item) formatValue(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((e) => !isContainer(e));
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const nonScalar of item.filter(isContainer)) formatValue(nonScalar, out, identifier, null);
  } else {
    formatScalarList(item, identifier, out);
  }
};

const formatScalarList = (elements: unknown[], identifier: string | null, out: string[]) => {
  if (identifier !== null) {
    for (const e of elements) out.push(`${identifier.toUpperCase()}\t${pythonStr(e)}\n`);
  } else {
    out.push(`${elements.map(pythonStr).join('\t')}\n`);
  }
};

const formatDict = (
  scalarKeys: string[] | null,
  item: Dict,
  identifier: string | null,
  out: string[],
): void => {
  const { scalars, nonScalars } = partitionDict(item, scalarKeys);
  if (scalars.length > 0) {
    if (identifier !== null) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nonScalars) formatValue(value, out, key, null);
};

// Python's sorted() orders str by code point. text.py calls .items() on every element and fails
// on one that is not a dict; here such an element adds no keys.
const allScalarKeys = (list: unknown[]): string[] => {
  const seen = new Set<string>();
  for (const element of list) {
    if (!isObject(element)) continue;
    for (const [key, value] of Object.entries(element)) if (!isContainer(value)) seen.add(key);
  }
  return [...seen].sort(compareCodePoints);
};

const partitionDict = (item: Dict, scalarKeys: string[] | null) => {
  const scalars: string[] = [];
  const nonScalars: Array<[string, unknown]> = [];
  if (scalarKeys === null) {
    for (const key of Object.keys(item).sort(compareCodePoints)) {
      if (isContainer(item[key])) nonScalars.push([key, item[key]]);
      else scalars.push(pythonStr(item[key]));
    }
  } else {
    // item.get(key, ''): a key another dict of the list has and this one lacks prints empty.
    for (const key of scalarKeys)
      scalars.push(Object.hasOwn(item, key) ? pythonStr(item[key]) : '');
    const rest = Object.keys(item).filter((k) => !scalarKeys.includes(k));
    for (const key of rest.sort(compareCodePoints)) nonScalars.push([key, item[key]]);
  }
  return { scalars, nonScalars };
};
