/**
 * Errors of a JMESPath expression. `syntax` errors come from reading the expression (jmespath.py's
 * LexerError, ParseError, IncompleteExpressionError); `runtime` errors from evaluating it on data
 * (unknown function, arity, argument types, and the Python TypeErrors jmespath.py lets through,
 * such as ordering a number against a string).
 */
export class JmespathError extends Error {
  override readonly name = 'JmespathError';
  constructor(
    message: string,
    readonly kind: 'syntax' | 'runtime',
    /** 0-based code point offset of the offending token, for syntax errors. */
    readonly position: number | null = null,
    /** For an unclosed bracket: the 0-based offset of the bracket it should have closed. */
    readonly opener: { token: string; position: number } | null = null,
  ) {
    super(message);
  }
}

export const syntaxError = (
  message: string,
  position: number,
  opener: JmespathError['opener'] = null,
): JmespathError => new JmespathError(message, 'syntax', position, opener);

export const runtimeError = (message: string): JmespathError =>
  new JmespathError(message, 'runtime');
