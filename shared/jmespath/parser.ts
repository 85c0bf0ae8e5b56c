import type { ComparatorName, JmesNode, KeyValPair } from './ast';
import { syntaxError } from './errors';
import { tokenize, type Token, type TokenType } from './lexer';

const BINDING_POWER: Record<TokenType, number> = {
  eof: 0,
  unquoted_identifier: 0,
  quoted_identifier: 0,
  literal: 0,
  rbracket: 0,
  rparen: 0,
  comma: 0,
  rbrace: 0,
  number: 0,
  current: 0,
  expref: 0,
  colon: 0,
  pipe: 1,
  or: 2,
  and: 3,
  eq: 5,
  gt: 5,
  lt: 5,
  gte: 5,
  lte: 5,
  ne: 5,
  flatten: 9,
  star: 20,
  filter: 21,
  dot: 40,
  not: 45,
  lbrace: 50,
  lbracket: 55,
  lparen: 60,
};
/** Tokens with a lower binding power end a projection. */
const PROJECTION_STOP = 10;

const CLOSERS: Partial<Record<TokenType, string>> = {
  rbracket: ']',
  rbrace: '}',
  rparen: ')',
};

const identity = (): JmesNode => ({ type: 'identity', children: [] });
const describeToken = (t: Token): string =>
  t.type === 'eof' ? 'the end of the expression' : `${t.type} ${JSON.stringify(t.value)}`;

/**
 * jmespath.py's Pratt parser (jmespath/parser.py), rule for rule, quirks included (`f(a b)` is a
 * call with two arguments, `{a: b c: d}` a hash of two keys), so an expression is valid here
 * exactly when the AWS CLI accepts it. It also remembers which bracket is open, so a missing
 * closer can be reported against its opener.
 */
class Parser {
  private index = 0;
  private readonly openers: Array<{ token: string; position: number }> = [];

  constructor(private readonly tokens: Token[]) {}

  parse(): JmesNode {
    const node = this.expression(0);
    if (this.current() !== 'eof') {
      const t = this.peek(0);
      throw syntaxError(`Unexpected ${describeToken(t)}`, t.start);
    }
    return node;
  }

  private current(): TokenType {
    return this.tokens[this.index]!.type;
  }
  private peek(n: number): Token {
    return this.tokens[this.index + n]!;
  }
  private advance(): void {
    this.index += 1;
  }

  private expression(bindingPower: number): JmesNode {
    const left = this.peek(0);
    this.advance();
    let node = this.nud(left);
    while (bindingPower < BINDING_POWER[this.current()]) {
      node = this.led(this.peek(0), node);
    }
    return node;
  }

  private open(token: string, position: number): void {
    this.openers.push({ token, position });
  }

  /** Consume the expected token, or fail naming what was expected and what was found. */
  private match(type: TokenType): void {
    if (this.current() === type) {
      this.advance();
      if (CLOSERS[type]) this.openers.pop();
      return;
    }
    const t = this.peek(0);
    const closer = CLOSERS[type];
    const opener = closer ? (this.openers.at(-1) ?? null) : null;
    const what = closer ? `\`${closer}\`` : type;
    throw syntaxError(`Expected ${what}, found ${describeToken(t)}`, t.start, opener);
  }

  private fail(t: Token, reason: string): never {
    if (t.type === 'eof') {
      throw syntaxError('Incomplete expression', t.start, this.openers.at(-1) ?? null);
    }
    throw syntaxError(`${reason}: ${describeToken(t)}`, t.start);
  }

  private nud(token: Token): JmesNode {
    switch (token.type) {
      case 'literal':
        return { type: 'literal', value: token.value, children: [] };
      case 'unquoted_identifier':
        return { type: 'field', value: token.value as string, children: [] };
      case 'quoted_identifier':
        if (this.current() === 'lparen') {
          throw syntaxError('A quoted identifier cannot name a function', this.peek(0).start);
        }
        return { type: 'field', value: token.value as string, children: [] };
      case 'star': {
        const right =
          this.current() === 'rbracket' ? identity() : this.projectionRhs(BINDING_POWER.star);
        return { type: 'value_projection', children: [identity(), right] };
      }
      case 'filter':
        return this.filter(identity(), token);
      case 'lbrace':
        this.open('{', token.start);
        return this.multiSelectHash();
      case 'lparen': {
        this.open('(', token.start);
        const inner = this.expression(0);
        this.match('rparen');
        return inner;
      }
      case 'flatten': {
        const right = this.projectionRhs(BINDING_POWER.flatten);
        return {
          type: 'projection',
          children: [{ type: 'flatten', children: [identity()] }, right],
        };
      }
      case 'not':
        return { type: 'not_expression', children: [this.expression(BINDING_POWER.not)] };
      case 'lbracket':
        this.open('[', token.start);
        if (this.current() === 'number' || this.current() === 'colon') {
          return this.projectIfSlice(identity(), this.indexExpression());
        }
        if (this.current() === 'star' && this.peek(1).type === 'rbracket') {
          this.advance();
          this.advance();
          this.openers.pop();
          const right = this.projectionRhs(BINDING_POWER.star);
          return { type: 'projection', children: [identity(), right] };
        }
        return this.multiSelectList();
      case 'current':
        return { type: 'current', children: [] };
      case 'expref':
        return { type: 'expref', children: [this.expression(BINDING_POWER.expref)] };
      default:
        return this.fail(token, 'Unexpected');
    }
  }

  private led(token: Token, left: JmesNode): JmesNode {
    switch (token.type) {
      case 'dot':
        this.advance();
        return this.dot(left);
      case 'pipe':
        this.advance();
        return { type: 'pipe', children: [left, this.expression(BINDING_POWER.pipe)] };
      case 'or':
        this.advance();
        return { type: 'or_expression', children: [left, this.expression(BINDING_POWER.or)] };
      case 'and':
        this.advance();
        return { type: 'and_expression', children: [left, this.expression(BINDING_POWER.and)] };
      case 'lparen':
        this.advance();
        return this.call(left, token);
      case 'filter':
        this.advance();
        return this.filter(left, token);
      case 'eq':
      case 'ne':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        this.advance();
        const right = this.expression(BINDING_POWER[token.type]);
        return { type: 'comparator', value: token.type as ComparatorName, children: [left, right] };
      }
      case 'flatten': {
        this.advance();
        const right = this.projectionRhs(BINDING_POWER.flatten);
        return { type: 'projection', children: [{ type: 'flatten', children: [left] }, right] };
      }
      case 'lbracket': {
        this.advance();
        this.open('[', token.start);
        const t = this.peek(0);
        if (t.type === 'number' || t.type === 'colon') {
          const right = this.indexExpression();
          if (left.type === 'index_expression') {
            left.children.push(right);
            return left;
          }
          return this.projectIfSlice(left, right);
        }
        this.match('star');
        this.match('rbracket');
        const right = this.projectionRhs(BINDING_POWER.star);
        return { type: 'projection', children: [left, right] };
      }
      default:
        return this.fail(token, 'Unexpected');
    }
  }

  private dot(left: JmesNode): JmesNode {
    if (this.current() !== 'star') {
      const right = this.dotRhs(BINDING_POWER.dot);
      if (left.type === 'subexpression') {
        left.children.push(right);
        return left;
      }
      return { type: 'subexpression', children: [left, right] };
    }
    this.advance();
    const right = this.projectionRhs(BINDING_POWER.dot);
    return { type: 'value_projection', children: [left, right] };
  }

  private call(left: JmesNode, paren: Token): JmesNode {
    if (left.type !== 'field') {
      const name = this.tokens[this.index - 2]!;
      throw syntaxError(`Invalid function name ${JSON.stringify(name.value)}`, name.start);
    }
    this.open('(', paren.start);
    const args: JmesNode[] = [];
    while (this.current() !== 'rparen') {
      const arg = this.expression(0);
      if (this.current() === 'comma') this.match('comma');
      args.push(arg);
    }
    this.match('rparen');
    return { type: 'function_expression', value: left.value, children: args };
  }

  private filter(left: JmesNode, token: Token): JmesNode {
    this.open('[?', token.start);
    const condition = this.expression(0);
    this.match('rbracket');
    const right =
      this.current() === 'flatten' ? identity() : this.projectionRhs(BINDING_POWER.filter);
    return { type: 'filter_projection', children: [left, right, condition] };
  }

  private indexExpression(): JmesNode {
    if (this.current() === 'colon' || this.peek(1).type === 'colon') return this.slice();
    const node: JmesNode = { type: 'index', value: this.peek(0).value as number, children: [] };
    this.advance();
    this.match('rbracket');
    return node;
  }

  private slice(): JmesNode {
    const parts: [number | null, number | null, number | null] = [null, null, null];
    let part = 0;
    let current = this.current();
    while (current !== 'rbracket' && part < 3) {
      if (current === 'colon') {
        part += 1;
        if (part === 3) this.fail(this.peek(0), 'Unexpected');
        this.advance();
      } else if (current === 'number') {
        parts[part] = this.peek(0).value as number;
        this.advance();
      } else {
        this.fail(this.peek(0), 'Unexpected');
      }
      current = this.current();
    }
    this.match('rbracket');
    return { type: 'slice', children: parts };
  }

  private projectIfSlice(left: JmesNode, right: JmesNode): JmesNode {
    const indexed: JmesNode = { type: 'index_expression', children: [left, right] };
    if (right.type !== 'slice') return indexed;
    return { type: 'projection', children: [indexed, this.projectionRhs(BINDING_POWER.star)] };
  }

  private multiSelectList(): JmesNode {
    const children: JmesNode[] = [];
    for (;;) {
      children.push(this.expression(0));
      if (this.current() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
    return { type: 'multi_select_list', children };
  }

  private multiSelectHash(): JmesNode {
    const children: KeyValPair[] = [];
    for (;;) {
      const key = this.peek(0);
      if (key.type !== 'quoted_identifier' && key.type !== 'unquoted_identifier') {
        if (key.type === 'eof') this.fail(key, 'Unexpected');
        throw syntaxError(`Expected a key name, found ${describeToken(key)}`, key.start);
      }
      this.advance();
      this.match('colon');
      const value = this.expression(0);
      children.push({ type: 'key_val_pair', value: key.value as string, children: [value] });
      if (this.current() === 'comma') {
        this.match('comma');
      } else if (this.current() === 'rbrace') {
        this.match('rbrace');
        break;
      }
    }
    return { type: 'multi_select_dict', children };
  }

  private projectionRhs(bindingPower: number): JmesNode {
    const current = this.current();
    if (BINDING_POWER[current] < PROJECTION_STOP) return identity();
    if (current === 'lbracket' || current === 'filter') return this.expression(bindingPower);
    if (current === 'dot') {
      this.match('dot');
      return this.dotRhs(bindingPower);
    }
    return this.fail(this.peek(0), 'Unexpected');
  }

  private dotRhs(bindingPower: number): JmesNode {
    const current = this.current();
    if (
      current === 'quoted_identifier' ||
      current === 'unquoted_identifier' ||
      current === 'star'
    ) {
      return this.expression(bindingPower);
    }
    if (current === 'lbracket') {
      this.open('[', this.peek(0).start);
      this.match('lbracket');
      return this.multiSelectList();
    }
    if (current === 'lbrace') {
      this.open('{', this.peek(0).start);
      this.match('lbrace');
      return this.multiSelectHash();
    }
    const t = this.peek(0);
    if (t.type === 'eof') this.fail(t, 'Unexpected');
    throw syntaxError(
      `Expected a name, \`[\` or \`{\` after \`.\`, found ${describeToken(t)}`,
      t.start,
    );
  }
}

/** The tree of an expression, or a syntax JmespathError where jmespath.py raises one. */
export const parse = (expression: string): JmesNode => new Parser(tokenize(expression)).parse();
