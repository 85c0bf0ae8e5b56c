import { compile, tokenize } from '@jmespath-community/jmespath';

const options = { enable_legacy_literals: true };

const failure = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

// The library's errors carry no position, so the column is found by replaying prefixes: a
// prefix that only fails for lack of input ("EOF") is still a viable start of an expression.
const endsEarly = (message: string | null): boolean =>
  message === null || /EOF|end of JSON|unexpected end/i.test(message);

/** 1-based column of the character where lexing fails, or null when lexing succeeds. */
const lexerColumn = (expression: string): number | null => {
  if (failure(() => tokenize(expression, options)) === null) return null;
  for (let length = 1; length <= expression.length; length += 1) {
    if (failure(() => tokenize(expression.slice(0, length), options)) !== null) return length;
  }
  return expression.length + 1;
};

/**
 * 1-based column of the token a JMESPath expression fails on: the first token whose inclusion
 * makes the prefix fail for a reason other than running out of input.
 */
export const errorColumn = (expression: string): number => {
  const lexed = lexerColumn(expression);
  if (lexed !== null) return lexed;
  const tokens = tokenize(expression, options);
  for (let i = 0; i < tokens.length; i += 1) {
    const next = tokens[i + 1];
    const end = next ? next.start : expression.length;
    const prefix = expression.slice(0, end);
    if (!endsEarly(failure(() => compile(prefix, options)))) return tokens[i]!.start + 1;
  }
  return expression.length + 1;
};
