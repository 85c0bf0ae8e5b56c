/** Whitespace that is not ASCII, for Python's str.isspace(). */
export const NON_ASCII_SPACE =
  '\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/**
 * The characters of Python's str.isspace(), which str.lstrip() drops. JavaScript's \s differs:
 * it has U+FEFF and lacks U+001C..U+001F and U+0085.
 */
const LEADING_SPACE = new RegExp(`^[\\t\\n\\v\\f\\r\\x1c-\\x20${NON_ASCII_SPACE}]+`);

/** Python's str.lstrip(). */
export const pythonLstrip = (s: string): string => s.replace(LEADING_SPACE, '');
