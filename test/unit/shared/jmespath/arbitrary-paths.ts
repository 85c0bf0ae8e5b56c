import fc from 'fast-check';
import { ITEM_FIELDS, LIST_FIELDS, SCALAR_FIELDS, QUOTED_FIELDS } from './arbitrary-values';

/**
 * Expressions that follow the generated documents' shape (arbitrary-values.ts): a list field
 * holds items, an item field an item, a scalar field a string or a number. Paths, filters and
 * projections written this way mostly find values, as the filters people write over a page do.
 */

const quoted = (name: string) => JSON.stringify(name);

/** A field named unquoted, or now and then quoted or escaped, which reads the same. */
const named = (names: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map(quoted) },
  );

export const listField = named(LIST_FIELDS);
export const itemField = named(ITEM_FIELDS);
export const scalarField = fc.oneof(
  { weight: 6, arbitrary: named(SCALAR_FIELDS) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTED_FIELDS).map(quoted) },
  { weight: 1, arbitrary: fc.constantFrom('"Na\\u006de"', '"\\u00e9"', '"\\ud83d\\ude00"') },
);

const smallNumber = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom(0.5, -2.25, 1048576, 1e-7),
);
const shortString = fc.constantFrom('', 'a', 'b', 'Key', '~', '😀', '\uFF5E', '\uE000', '2026');
const numberLiteral = smallNumber.map((n) => `\`${n}\``);
const stringLiteral = fc.oneof(
  shortString.map((s) => `'${s}'`),
  shortString.map((s) => `\`${JSON.stringify(s)}\``),
);
const comparator = fc.constantFrom('==', '!=', '<', '<=', '>', '>=');

/** A test on one item: a field against a literal (mostly of its kind), a function, a truth. */
const condition: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(comparator, numberLiteral).map(([op, n]) => `Size ${op} ${n}`) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom('Key', 'Name'), comparator, stringLiteral)
      .map(([f, op, s]) => `${f} ${op} ${s}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(scalarField, comparator, fc.oneof(numberLiteral, stringLiteral, scalarField))
      .map(([f, op, v]) => `${f} ${op} ${v}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('contains', 'starts_with', 'ends_with'), shortString)
      .map(([f, s]) => `${f}(Key, '${s}')`),
  },
  { weight: 1, arbitrary: fc.oneof(scalarField, listField, itemField) },
  { weight: 1, arbitrary: fc.oneof(scalarField, listField).map((f) => `!${f}`) },
);

const conditions = fc.oneof(
  { weight: 4, arbitrary: condition },
  {
    weight: 1,
    arbitrary: fc
      .tuple(condition, fc.constantFrom('&&', '||'), condition)
      .map(([l, op, r]) => `${l} ${op} ${r}`),
  },
);

/** An expression for a list of items, at the document's top or below an item. */
const listOfItems = fc.oneof(
  { weight: 4, arbitrary: listField },
  { weight: 2, arbitrary: fc.tuple(itemField, listField).map(([i, l]) => `${i}.${l}`) },
  {
    weight: 2,
    arbitrary: fc.tuple(listField, conditions).map(([l, c]) => `${l}[?${c}]`),
  },
  { weight: 1, arbitrary: fc.tuple(listField, listField).map(([l, m]) => `${l}[].${m}[]`) },
  { weight: 1, arbitrary: fc.constantFrom('@', '[*]', '[]') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(listField, fc.constantFrom('sort_by', 'reverse'), scalarField)
      .map(([l, f, s]) => (f === 'reverse' ? `reverse(${l})` : `sort_by(${l}, &${s})`)),
  },
);

/** An expression for one item. */
const oneItem = fc.oneof(
  { weight: 3, arbitrary: itemField },
  { weight: 1, arbitrary: fc.constant('@') },
  {
    weight: 2,
    arbitrary: fc.tuple(listOfItems, fc.integer({ min: -3, max: 3 })).map(([l, i]) => `${l}[${i}]`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('max_by', 'min_by'), listOfItems, fc.constantFrom('Key', 'Size'))
      .map(([f, l, k]) => `${f}(${l}, &${k})`),
  },
  { weight: 1, arbitrary: listOfItems.map((l) => `${l} | [0]`) },
);

/** Paths the documents answer: projections, filters, selections, aggregates. */
export const shapedPaths: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(listOfItems, scalarField).map(([l, f]) => `${l}[*].${f}`) },
  { weight: 3, arbitrary: fc.tuple(listOfItems, scalarField).map(([l, f]) => `${l}[].${f}`) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(listOfItems, conditions, scalarField)
      .map(([l, c, f]) => `${l}[?${c}].${f}`),
  },
  { weight: 2, arbitrary: fc.tuple(oneItem, scalarField).map(([i, f]) => `${i}.${f}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(listOfItems, scalarField, scalarField)
      .map(([l, f, g]) => `${l}[*].[${f}, ${g}]`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(listOfItems, scalarField, scalarField)
      .map(([l, f, g]) => `${l}[*].{k: ${f}, "k 2": ${g}}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('sort', 'max', 'min', 'sum', 'avg', 'length', 'join', 'to_string'),
        listOfItems,
        fc.constantFrom('Key', 'Size', 'Name'),
      )
      .map(([f, l, k]) => (f === 'join' ? `join(', ', ${l}[].${k})` : `${f}(${l}[].${k})`)),
  },
  { weight: 1, arbitrary: oneItem.map((i) => `${i}.*`) },
  { weight: 1, arbitrary: oneItem.map((i) => `keys(${i})`) },
  { weight: 1, arbitrary: oneItem.map((i) => `values(${i})`) },
  { weight: 1, arbitrary: listOfItems.map((l) => `length(${l})`) },
  { weight: 1, arbitrary: listOfItems },
  { weight: 1, arbitrary: oneItem },
);
