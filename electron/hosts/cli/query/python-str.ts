import { pythonNumber } from '../../../../shared/jmespath/python-json';
import { cliTimestamp } from '../../../engine/filter/cli-timestamp';

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

// str.isprintable() is false for these (other than the space): they are escaped by repr().
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const SHORT: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeChar = (c: string): string => {
  const code = c.codePointAt(0)!;
  const hex = code.toString(16);
  if (code <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
};

/** Python's repr() of a str: single quotes unless only double quotes avoid escaping. */
const stringRepr = (s: string): string => {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const c of s) {
    if (c === quote) out += `\\${c}`;
    else if (SHORT[c]) out += SHORT[c];
    else if (c !== ' ' && NOT_PRINTABLE.test(c)) out += escapeChar(c);
    else out += c;
  }
  return `${quote}${out}${quote}`;
};

/** Python's repr() of a JSON value (what str() of a list or dict shows for its members). */
export const pythonRepr = (value: unknown): string => {
  if (typeof value === 'string') return stringRepr(value);
  if (value instanceof Date) return stringRepr(cliTimestamp(value));
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (isObject(value)) {
    const members = Object.entries(value).map(([k, v]) => `${stringRepr(k)}: ${pythonRepr(v)}`);
    return `{${members.join(', ')}}`;
  }
  return pythonStr(value);
};

/** Python's str() of a JSON value, as the CLI's text output writes every scalar. */
export const pythonStr = (value: unknown): string => {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return cliTimestamp(value);
  return pythonRepr(value);
};
