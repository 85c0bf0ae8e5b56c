import fc from 'fast-check';
import { shapedPaths } from './arbitrary-paths';
import { keys, QUOTED_FIELDS, scalars, strings, UNQUOTED_FIELDS } from './arbitrary-values';

/**
 * Generated expressions for the JMESPath differential test: every rule of jmespath.py's grammar
 * combined at random over the shared field names, with the shape-following paths of
 * arbitrary-paths.ts among the pieces so that most results are not null. One expression in
 * eight is broken on purpose: a character dropped, a token added, or the text cut short.
 */

const field = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...UNQUOTED_FIELDS) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTED_FIELDS).map((k) => JSON.stringify(k)) },
  { weight: 1, arbitrary: fc.constantFrom('"\\u00e9"', '"\\ud83d\\ude00"', '"Na\\u006de"') },
);

const smallInt = fc.integer({ min: -4, max: 4 });
const optionalInt = fc.option(smallInt, { nil: '' as const });

const slice = fc.oneof(
  fc.tuple(optionalInt, optionalInt).map(([a, b]) => `${a}:${b}`),
  fc.tuple(optionalInt, optionalInt, optionalInt).map(([a, b, c]) => `${a}:${b}:${c}`),
);

/** A raw string literal: `'` escaped as jmespath.py reads it, other backslashes as they are. */
const rawString = strings.map((s) => `'${s.replaceAll("'", "\\'")}'`);

/** A backtick literal: JSON text, with its backticks escaped as the lexer expects. */
const jsonLiteral = fc
  .oneof(
    scalars,
    fc.array(scalars, { maxLength: 3 }),
    fc.dictionary(keys, scalars, { maxKeys: 2, noNullPrototype: true }),
  )
  .map((v) => `\`${JSON.stringify(v).replaceAll('`', '\\`')}\``);

const literal = fc.oneof(
  { weight: 3, arbitrary: jsonLiteral },
  { weight: 3, arbitrary: rawString },
  { weight: 1, arbitrary: fc.constantFrom('`foo`', '` 1 `', '`NaN`', '`[NaN]`') },
);

const comparator = fc.constantFrom('==', '!=', '<', '<=', '>', '>=');

/** Each function of jmespath.py with how its arguments are usually written. */
type ArgumentKind = 'any' | 'expref' | 'string';
const SIGNATURES: Record<string, readonly ArgumentKind[]> = {
  abs: ['any'],
  avg: ['any'],
  ceil: ['any'],
  contains: ['any', 'any'],
  ends_with: ['any', 'string'],
  floor: ['any'],
  join: ['string', 'any'],
  keys: ['any'],
  length: ['any'],
  map: ['expref', 'any'],
  max: ['any'],
  max_by: ['any', 'expref'],
  merge: ['any', 'any'],
  min: ['any'],
  min_by: ['any', 'expref'],
  not_null: ['any', 'any'],
  reverse: ['any'],
  sort: ['any'],
  sort_by: ['any', 'expref'],
  starts_with: ['any', 'string'],
  sum: ['any'],
  to_array: ['any'],
  to_number: ['any'],
  to_string: ['any'],
  type: ['any'],
  values: ['any'],
};
const EXTENSION_FUNCTIONS = ['items', 'from_items', 'zip', 'group_by', 'lower', 'upper', 'let'];

const functionCall = (expression: fc.Arbitrary<string>): fc.Arbitrary<string> => {
  const argument = (kind: ArgumentKind) =>
    kind === 'expref'
      ? expression.map((e) => `&${e}`)
      : kind === 'string'
        ? fc.oneof(rawString, expression)
        : expression;
  const known = fc.constantFrom(...Object.keys(SIGNATURES)).chain((name) =>
    fc
      .tuple(...SIGNATURES[name]!.map(argument))
      .chain((args) =>
        fc.oneof(
          { weight: 12, arbitrary: fc.constant(args) },
          { weight: 1, arbitrary: fc.constant(args.slice(1)) },
          { weight: 1, arbitrary: expression.map((extra) => [...args, extra]) },
        ),
      )
      .map((args) => `${name}(${args.join(', ')})`),
  );
  const extension = fc
    .tuple(fc.constantFrom(...EXTENSION_FUNCTIONS), expression)
    .map(([name, arg]) => `${name}(${arg})`);
  return fc.oneof({ weight: 20, arbitrary: known }, { weight: 1, arbitrary: extension });
};

const expressionOfDepth = fc.memo((depth: number): fc.Arbitrary<string> => {
  const terminal = fc.oneof(
    { weight: 8, arbitrary: field },
    { weight: 8, arbitrary: shapedPaths },
    { weight: 2, arbitrary: fc.constant('@') },
    { weight: 2, arbitrary: literal },
    { weight: 1, arbitrary: fc.constantFrom('*', '[*]', '[]') },
    { weight: 1, arbitrary: fc.oneof(smallInt.map(String), slice).map((i) => `[${i}]`) },
  );
  if (depth <= 1) return terminal;
  const e = expressionOfDepth(depth - 1);
  const condition = fc.oneof(
    fc.tuple(field, comparator, literal).map(([f, op, l]) => `${f} ${op} ${l}`),
    fc.tuple(e, comparator, e).map(([l, op, r]) => `${l} ${op} ${r}`),
    e,
  );
  const compound = fc.oneof(
    fc.tuple(e, field).map(([l, f]) => `${l}.${f}`),
    e.map((l) => `${l}.*`),
    fc.tuple(e, e, e).map(([l, a, b]) => `${l}.[${a}, ${b}]`),
    fc.tuple(e, e).map(([l, a]) => `${l}.{k: ${a}}`),
    fc.tuple(e, smallInt).map(([l, i]) => `${l}[${i}]`),
    fc.tuple(e, slice).map(([l, s]) => `${l}[${s}]`),
    e.map((l) => `${l}[*]`),
    fc.tuple(e, field).map(([l, f]) => `${l}[*].${f}`),
    e.map((l) => `${l}[]`),
    fc.tuple(e, condition).map(([l, c]) => `${l}[?${c}]`),
    fc.tuple(e, condition, field).map(([l, c, f]) => `${l}[?${c}].${f}`),
    condition.map((c) => `[?${c}]`),
    fc.tuple(e, e).map(([l, r]) => `${l} | ${r}`),
    fc.tuple(e, e).map(([l, r]) => `${l} || ${r}`),
    fc.tuple(e, e).map(([l, r]) => `${l} && ${r}`),
    e.map((l) => `!${l}`),
    fc.tuple(e, comparator, e).map(([l, op, r]) => `${l} ${op} ${r}`),
    fc.tuple(e, e).map(([a, b]) => `[${a}, ${b}]`),
    fc.tuple(e, e).map(([a, b]) => `{k1: ${a}, "k 2": ${b}}`),
    e.map((l) => `(${l})`),
    functionCall(e),
    functionCall(e),
    e.map((l) => `&${l}`),
  );
  return fc.oneof({ weight: 1, arbitrary: terminal }, { weight: 2, arbitrary: compound });
});

const BREAKING_TOKENS = [
  ...['.', '[', ']', '(', ')', '{', '}', ',', ':', '|', '&', '!', '=', "'"],
  ...['`', '"', '*', '?', '@', '-', '1', ' ', '+', '$'],
];

/** Drop a character, add a token, or cut the expression short: mostly a syntax error. */
const broken = (expression: string): fc.Arbitrary<string> => {
  // Code points, so no cut leaves half of an astral character behind.
  const chars = Array.from(expression);
  const cut = (from: number, to: number) => chars.slice(from, to).join('');
  const at = fc.nat({ max: chars.length });
  return fc.oneof(
    at.map((i) => cut(0, i) + cut(i + 1, chars.length)),
    fc
      .tuple(at, fc.constantFrom(...BREAKING_TOKENS))
      .map(([i, t]) => cut(0, i) + t + cut(i, chars.length)),
    at.map((i) => cut(0, i)),
  );
};

/** Expressions of jmespath.py's grammar, a third shaped like filters, one in eight broken. */
export const expressions: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 2, arbitrary: shapedPaths },
    { weight: 3, arbitrary: expressionOfDepth(3) },
    { weight: 1, arbitrary: expressionOfDepth(4) },
  )
  .chain((e) =>
    fc.oneof({ weight: 7, arbitrary: fc.constant(e) }, { weight: 1, arbitrary: broken(e) }),
  );
