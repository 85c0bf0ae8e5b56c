/**
 * to_number() of a string as jmespath.py does it: Python's int(), else float(), else null.
 * Both take surrounding whitespace, a sign and `_` between digits; float() also takes
 * `inf`, `infinity` and `nan` in any case. (Python also reads non-ASCII digits; JSON keys and
 * values from AWS do not carry them.)
 */
const DIGITS = '[0-9](?:_?[0-9])*';
const INT = new RegExp(`^[+-]?${DIGITS}$`);
const FLOAT = new RegExp(
  `^[+-]?(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.?)(?:[eE][+-]?${DIGITS})?$`,
);
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
// Python's str.strip() whitespace, as int() and float() strip it.
const PY_SPACE = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;

export const pythonStringToNumber = (text: string): number | null => {
  const s = text.replace(PY_SPACE, '');
  if (INT.test(s) || FLOAT.test(s)) return Number(s.replaceAll('_', ''));
  const special = SPECIAL.exec(s);
  if (!special) return null;
  if (special[2]!.toLowerCase() === 'nan') return NaN;
  return special[1] === '-' ? -Infinity : Infinity;
};
