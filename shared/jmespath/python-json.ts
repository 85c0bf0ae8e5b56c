import { entriesOf, isObject } from './python-values';

/**
 * Python's repr of a float, which json.dumps uses: the shortest digits that read back the same
 * (as JavaScript's), positional from 1e-4 to 1e16, else an exponent of at least two digits.
 * JavaScript numbers do not remember whether JSON wrote `1` or `1.0`: whole numbers below 1e16
 * print as Python prints an int.
 */
export const pythonNumber = (n: number): string => {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n === 0 ? 0 : n);
  const [mantissa, exp] = n.toExponential().split('e') as [string, string];
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const text = String(n);
  return text.includes('.') ? text : `${text}.0`;
};

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** json.dumps's string, with its default ensure_ascii: anything outside ' '..'~' is escaped. */
const pythonString = (s: string): string =>
  `"${s.replace(
    /[^ -~]|["\\]/g,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}"`;

/** `json.dumps(value, separators=(',', ':'))` as jmespath.py's to_string() calls it. */
export const pythonJsonDumps = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(',')}]`;
  if (isObject(value)) {
    const parts = entriesOf(value).map(([k, v]) => `${pythonString(k)}:${pythonJsonDumps(v)}`);
    return `{${parts.join(',')}}`;
  }
  return pythonString(String(value));
};
