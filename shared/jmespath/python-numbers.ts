import { NON_ASCII_SPACE } from './python-str';

/**
 * to_number() of a string as jmespath.py does it: Python's int(), else float(), else null.
 * Both read any Unicode decimal digit as its ASCII digit (U+FF11 is 1, U+0661 is 1), drop
 * whitespace around the number, and take a sign and `_` between digits; float() also takes
 * `inf`, `infinity` and `nan` in any case. Their whitespace is str.isspace() without the ASCII
 * separators U+001C..U+001F (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII turns only
 * non-ASCII whitespace into spaces, then strips ASCII whitespace).
 */
const DIGITS = '[0-9](?:_?[0-9])*';
const INT = new RegExp(`^[+-]?${DIGITS}$`);
const FLOAT = new RegExp(
  `^[+-]?(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.?)(?:[eE][+-]?${DIGITS})?$`,
);
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;
const SURROUNDING_SPACE = new RegExp(
  `^[ \\t\\n\\v\\f\\r${NON_ASCII_SPACE}]+|[ \\t\\n\\v\\f\\r${NON_ASCII_SPACE}]+$`,
  'g',
);

/**
 * Unicode encodes every set of decimal digits as a run of ten code points from 0 to 9, and
 * runs that touch are whole sets, so a digit's value is its distance from the run's start.
 */
const asciiDigit = (digit: string): string => {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (IS_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((code - start) % 10);
};

export const pythonStringToNumber = (text: string): number | null => {
  const s = text.replace(SURROUNDING_SPACE, '').replace(NON_ASCII_DIGIT, asciiDigit);
  if (INT.test(s) || FLOAT.test(s)) return Number(s.replaceAll('_', ''));
  const special = SPECIAL.exec(s);
  if (!special) return null;
  if (special[2]!.toLowerCase() === 'nan') return NaN;
  return special[1] === '-' ? -Infinity : Infinity;
};
