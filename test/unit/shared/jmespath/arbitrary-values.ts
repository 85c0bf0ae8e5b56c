import fc from 'fast-check';

/**
 * Generated JSON documents for the JMESPath differential test. Their objects use a few shared
 * field names, each holding the same kind of value wherever it appears, and the generated
 * expressions (arbitrary-expressions.ts) read the same names, so most searches find something.
 *
 * Three classes are kept out, because JavaScript cannot reproduce them (see differential.test.ts):
 * - object keys that look like array indices ("0", "12"): a JavaScript object lists them first,
 *   a Python dict in insertion order, so keys(), values() and `*` would differ;
 * - lone surrogates: Python holds one as a code point of its own, so joining or reversing
 *   strings can put two of them side by side as two code points, where a JavaScript string
 *   sees one astral character;
 * - integers beyond 2^53 and whole floats (1.0), which a JavaScript number cannot tell from an
 *   int: the documents' floats all have a fraction.
 */

/** Fields by what they hold: lists of items, an item (or a scalar), a scalar. */
export const LIST_FIELDS = ['a', 'Tags'] as const;
export const ITEM_FIELDS = ['b', 'Value'] as const;
export const SCALAR_FIELDS = ['Key', 'Size', 'Name'] as const;
export const UNQUOTED_FIELDS = [...LIST_FIELDS, ...ITEM_FIELDS, ...SCALAR_FIELDS];
/** Fields only a quoted identifier can name. */
export const QUOTED_FIELDS = ['x y', '😀', '\uFF5E', 'é', ''] as const;
const ALL_KEYS = [...UNQUOTED_FIELDS, ...QUOTED_FIELDS];

/** Characters where UTF-16 order, code point order, ASCII and JSON escaping part ways. */
const CHARACTERS = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'z', 'A', 'Z', '0', '1', ' ', '.', '-', '_') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('😀', '𝄞', '\uFF5E', '\uE000', '\uFFFF', 'é', 'Ω', 'ß', '~'),
  },
  { weight: 1, arbitrary: fc.constantFrom('"', '\\', "'", '`', '\n', '\t', '\u007f', '\u00a0') },
);

const STRING_POOL = [
  '',
  'a',
  'b',
  'Key',
  '😀',
  '\uFF5E',
  '\uE000',
  '2026-01-01',
  '2026-01-01T00:00:00.000Z',
  '10',
  ' 1.5 ',
  '1e3',
  'nan',
  '-inf',
  'true',
  'x y',
];

export const strings = fc.oneof(
  fc.constantFrom(...STRING_POOL),
  fc.string({ unit: CHARACTERS, maxLength: 5 }),
);

const fractions = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .filter((n) => !Number.isInteger(n));

export const numbers = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }) },
  // Sums of a few of these stay below 2^53, where Python's ints and JavaScript's numbers agree.
  { weight: 1, arbitrary: fc.integer({ min: -1e15, max: 1e15 }) },
  { weight: 1, arbitrary: fc.constantFrom(1048576, 1048577, 0.5, 1.5, -2.25, 1e-7, 0.1) },
  { weight: 2, arbitrary: fractions },
);

export const scalars = fc.oneof(
  { weight: 4, arbitrary: strings },
  { weight: 4, arbitrary: numbers },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

export const keys = fc.constantFrom(...ALL_KEYS);

const { value: jsonValue } = fc.letrec<{ value: unknown; array: unknown[]; object: object }>(
  (tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      { weight: 5, arbitrary: scalars },
      { weight: 1, arbitrary: tie('array') },
      { weight: 1, arbitrary: tie('object') },
    ),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(keys, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  }),
);

/**
 * Objects shaped like the items of a page, at every depth: each field holds the same kind of
 * value wherever it appears (Key a string, Size a number, Tags and a lists of items...), so
 * paths of the shared field names over them mostly find values.
 */
const items = fc.memo((depth: number): fc.Arbitrary<Record<string, unknown>> => {
  const nested =
    depth <= 1
      ? scalars
      : fc.oneof({ weight: 3, arbitrary: items(depth - 1) }, { weight: 1, arbitrary: scalars });
  const list =
    depth <= 1
      ? fc.array(scalars, { maxLength: 3 })
      : fc.oneof(
          { weight: 3, arbitrary: fc.array(items(depth - 1), { maxLength: 3 }) },
          { weight: 1, arbitrary: fc.array(scalars, { maxLength: 3 }) },
        );
  return fc.record(
    {
      Key: strings,
      Size: numbers,
      Name: fc.oneof({ weight: 3, arbitrary: strings }, { weight: 1, arbitrary: scalars }),
      Tags: list,
      Value: nested,
      a: list,
      b: nested,
      'x y': scalars,
      '😀': scalars,
      é: scalars,
      '': scalars,
      '\uFF5E': jsonValue,
    },
    { requiredKeys: ['Key', 'Size', 'Name', 'Tags', 'a', 'b'] },
  );
});

/** A JSON document: mostly a page-like item, else a list of items, else anything. */
export const documents: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: items(3) },
  { weight: 2, arbitrary: fc.array(items(2), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(keys, jsonValue, { maxKeys: 6, noNullPrototype: true }) },
  { weight: 1, arbitrary: jsonValue },
);
