import type { FilterWarning } from '../../../shared/contract';
import { tokenize, type Token } from '../../../shared/jmespath/lexer';

const COMPARATORS = new Set(['eq', 'ne', 'lt', 'gt', 'lte', 'gte']);
const ORDERING = new Set(['lt', 'gt', 'lte', 'gte']);
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Offset just past a quoted token that starts at `start` (the closing quote included). */
const endOfQuoted = (chars: string[], start: number): number => {
  const quote = chars[start];
  let i = start + 1;
  while (i < chars.length && chars[i] !== quote) i += chars[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, chars.length);
};

const replaced = (chars: string[], start: number, end: number, text: string): string =>
  [...chars.slice(0, start), text, ...chars.slice(end)].join('');

const nextToComparator = (tokens: Token[], i: number): boolean =>
  COMPARATORS.has(tokens[i - 1]?.type ?? '') || COMPARATORS.has(tokens[i + 1]?.type ?? '');

const isRawString = (chars: string[], t: Token) => t.type === 'literal' && chars[t.start] === "'";

/**
 * Expressions that are valid JMESPath but almost surely not what was meant, each with the
 * column and the expression as it was probably meant:
 * - `State.Name == "running"`: double quotes name a field, so this compares with a field called
 *   running (null) and matches nothing;
 * - `Size > '0'`: a string where a number was meant; the AWS CLI fails on it (a number cannot be
 *   ordered against a string), and on a string field it orders text ('10' < '9').
 */
export const filterWarnings = (expression: string): FilterWarning[] => {
  let tokens: Token[];
  try {
    tokens = tokenize(expression);
  } catch {
    return [];
  }
  const chars = Array.from(expression);
  const warnings: FilterWarning[] = [];
  tokens.forEach((t, i) => {
    if (!nextToComparator(tokens, i)) return;
    if (t.type === 'quoted_identifier') {
      const end = endOfQuoted(chars, t.start);
      const text = String(t.value);
      warnings.push({
        message: `"${text}" in double quotes is a field name, not a string: it compares with a field called ${text}. For the string write '${text}'.`,
        column: t.start + 1,
        suggestion: replaced(chars, t.start, end, `'${text.replaceAll("'", "\\'")}'`),
      });
    } else if (isRawString(chars, t) && NUMBER.test(String(t.value))) {
      const before = ORDERING.has(tokens[i - 1]?.type ?? '');
      if (!before && !ORDERING.has(tokens[i + 1]?.type ?? '')) return;
      const other = before ? tokens[i - 2] : tokens[i + 2];
      if (other && other.type === 'literal') return;
      const end = endOfQuoted(chars, t.start);
      warnings.push({
        message: `'${String(t.value)}' is a string: ordering a number against it fails, and strings order as text ('10' < '9'). For the number write \`${String(t.value)}\`.`,
        column: t.start + 1,
        suggestion: replaced(chars, t.start, end, `\`${String(t.value)}\``),
      });
    }
  });
  return warnings;
};
