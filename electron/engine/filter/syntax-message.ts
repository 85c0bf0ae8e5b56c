import type { JmespathError } from '../../../shared/jmespath';

const OPENERS: Record<string, string> = {
  '[?': 'the filter',
  '[': 'the bracket',
  '{': 'the multi-select hash',
  '(': 'the parenthesis',
};
const CLOSER: Record<string, string> = { '[?': ']', '[': ']', '{': '}', '(': ')' };

/**
 * A syntax error in words a user knows: what was expected, and for a bracket left open, where
 * it opens ("expected `]` to close the filter that opens at column 2").
 */
export const syntaxMessage = (error: JmespathError): string => {
  const opener = error.opener;
  if (/^Unknown token '='/.test(error.message)) {
    return '`=` is not a JMESPath operator: compare with `==`';
  }
  if (!opener) return error.message;
  const what = `\`${CLOSER[opener.token] ?? ']'}\` to close ${OPENERS[opener.token] ?? 'the bracket'} that opens at column ${opener.position + 1}`;
  if (error.message.startsWith('Incomplete')) {
    return `the expression ends too early: expected a value, or ${what}`;
  }
  return error.message.replace(/^Expected `.`/, `expected ${what}`);
};
