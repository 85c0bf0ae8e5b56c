import { syntaxError } from './errors';
import { pythonJsonLoads } from './python-json-loads';
import { pythonLstrip } from './python-str';

export type TokenType =
  | 'eof'
  | 'unquoted_identifier'
  | 'quoted_identifier'
  | 'literal'
  | 'rbracket'
  | 'rparen'
  | 'comma'
  | 'rbrace'
  | 'number'
  | 'current'
  | 'expref'
  | 'colon'
  | 'pipe'
  | 'or'
  | 'and'
  | 'eq'
  | 'gt'
  | 'lt'
  | 'gte'
  | 'lte'
  | 'ne'
  | 'flatten'
  | 'star'
  | 'filter'
  | 'dot'
  | 'not'
  | 'lbrace'
  | 'lbracket'
  | 'lparen';

export interface Token {
  type: TokenType;
  value: unknown;
  /** 0-based code point offset. */
  start: number;
}

const SIMPLE: Record<string, TokenType> = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};
const isStartIdentifier = (c: string) => /^[A-Za-z_]$/.test(c);
const isIdentifier = (c: string | null) => c !== null && /^[A-Za-z0-9_]$/.test(c);
const isDigit = (c: string | null) => c !== null && c >= '0' && c <= '9';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * jmespath.py's lexer (jmespath/lexer.py), token for token: the same token types, the same
 * literal rules (JSON, else the deprecated bare string), raw strings that unescape only `\'`,
 * and the same errors. Positions count code points as Python's do.
 */
export const tokenize = (expression: string): Token[] => {
  if (expression === '') throw syntaxError('Invalid JMESPath expression: cannot be empty.', 0);
  const chars = Array.from(expression);
  const length = chars.length;
  const tokens: Token[] = [];
  let position = 0;
  let current: string | null = chars[0]!;
  const next = (): string | null => {
    if (position === length - 1) current = null;
    else current = chars[++position]!;
    return current;
  };
  const consumeUntil = (delimiter: string): string => {
    const start = position;
    let buff = '';
    next();
    while (current !== delimiter) {
      if (current === '\\') {
        buff += '\\';
        next();
      }
      if (current === null) {
        throw syntaxError(`Unclosed ${delimiter} delimiter`, start);
      }
      buff += current;
      next();
    }
    next();
    return buff;
  };
  const matchOrElse = (expected: string, match: TokenType, otherwise: TokenType): Token => {
    const start = position;
    const first = current!;
    if (next() === expected) {
      next();
      return { type: match, value: first + expected, start };
    }
    return { type: otherwise, value: first, start };
  };
  const consumeNumber = (): string => {
    let buff = current!;
    while (isDigit(next())) buff += current!;
    return buff;
  };
  while (current !== null) {
    const c: string = current;
    const start = position;
    const simple = SIMPLE[c];
    if (simple) {
      tokens.push({ type: simple, value: c, start });
      next();
    } else if (isStartIdentifier(c)) {
      let buff = c;
      while (isIdentifier(next())) buff += current!;
      tokens.push({ type: 'unquoted_identifier', value: buff, start });
    } else if (WHITESPACE.has(c)) {
      next();
    } else if (c === '[') {
      const after = next();
      if (after === ']') {
        next();
        tokens.push({ type: 'flatten', value: '[]', start });
      } else if (after === '?') {
        next();
        tokens.push({ type: 'filter', value: '[?', start });
      } else {
        tokens.push({ type: 'lbracket', value: '[', start });
      }
    } else if (c === "'") {
      const raw = consumeUntil("'").replaceAll("\\'", "'");
      tokens.push({ type: 'literal', value: raw, start });
    } else if (c === '|') {
      tokens.push(matchOrElse('|', 'or', 'pipe'));
    } else if (c === '&') {
      tokens.push(matchOrElse('&', 'and', 'expref'));
    } else if (c === '`') {
      const lexeme = consumeUntil('`').replaceAll('\\`', '`');
      tokens.push({ type: 'literal', value: jsonLiteral(lexeme, start), start });
    } else if (isDigit(c)) {
      tokens.push({ type: 'number', value: Number.parseInt(consumeNumber(), 10), start });
    } else if (c === '-') {
      const buff = consumeNumber();
      if (buff.length === 1) throw syntaxError(`Unknown token '${buff}'`, start);
      tokens.push({ type: 'number', value: Number.parseInt(buff, 10), start });
    } else if (c === '"') {
      const lexeme = `"${consumeUntil('"')}"`;
      try {
        tokens.push({ type: 'quoted_identifier', value: pythonJsonLoads(lexeme), start });
      } catch {
        throw syntaxError(`Invalid quoted identifier ${lexeme}`, start);
      }
    } else if (c === '<') {
      tokens.push(matchOrElse('=', 'lte', 'lt'));
    } else if (c === '>') {
      tokens.push(matchOrElse('=', 'gte', 'gt'));
    } else if (c === '!') {
      tokens.push(matchOrElse('=', 'ne', 'not'));
    } else if (c === '=') {
      if (next() === '=') {
        tokens.push({ type: 'eq', value: '==', start });
        next();
      } else {
        throw syntaxError("Unknown token '='", start);
      }
    } else {
      throw syntaxError(`Unknown token ${c}`, start);
    }
  }
  tokens.push({ type: 'eof', value: '', start: length });
  return tokens;
};

/**
 * A backtick literal: JSON as json.loads reads it, else (deprecated, still accepted) the text
 * without Python's leading whitespace, as a JSON string.
 */
const jsonLiteral = (lexeme: string, start: number): unknown => {
  try {
    return pythonJsonLoads(lexeme);
  } catch {
    try {
      return pythonJsonLoads(`"${pythonLstrip(lexeme)}"`);
    } catch {
      throw syntaxError(`Bad token ${lexeme}`, start);
    }
  }
};
