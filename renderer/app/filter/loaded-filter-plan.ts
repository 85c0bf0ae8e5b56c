import type { Column, FilterSpec } from '../../../shared/contract';
import { itemPredicate } from '../../../shared/filter/item-predicate';
import { itemReads } from '../../../shared/filter/item-reads';
import { parseJmespath, type JmesNode } from '../../../shared/jmespath';

/** A column the rebuilt item takes a value from: its index in the row, its path in the item. */
export interface ItemField {
  column: number;
  path: string[];
}

export type LoadedFilterPlan =
  /** No filter: every loaded row. */
  | { kind: 'all' }
  /** Runs over the loaded rows: the item test and the cells it reads. */
  | { kind: 'loaded'; filter: FilterSpec; predicate: JmesNode; fields: ItemField[] }
  /** Valid, but only the engine can run it (a projection, page mode, a field no column holds). */
  | { kind: 'engine'; filter: FilterSpec; reason: string }
  /** Not JMESPath yet (the user is still typing); `named`: columns whose field it names. */
  | { kind: 'invalid'; filter: FilterSpec; named: number[] };

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** The columns that hold every path read, or null when one is held by no column. */
const fieldsFor = (reads: string[][], columns: readonly Column[]): ItemField[] | null => {
  const fields = new Map<number, ItemField>();
  for (const read of reads) {
    const column = columns.findIndex((c) => c.path && startsWith(read, c.path));
    if (column < 0) return null;
    fields.set(column, { column, path: columns[column]!.path! });
  }
  return [...fields.values()];
};

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Columns whose item field (its path's first name) appears in the text, read loosely. */
const namedColumns = (expression: string, columns: readonly Column[]): number[] => {
  const names = new Set(expression.match(IDENTIFIER));
  return columns.flatMap((c, i) => (c.path && names.has(c.path[0]!) ? [i] : []));
};

const parse = (expression: string): JmesNode | null => {
  try {
    return parseJmespath(expression);
  } catch {
    return null;
  }
};

/**
 * Whether a filter can run over the rows already loaded with the engine's result. It can when
 * it only selects items (`[?…]` or a bare predicate) and reads nothing but fields that columns
 * hold unchanged (`Column.path`): an item rebuilt from those cells answers the test as the
 * engine's item does. Anything else stays with the engine, which sees whole items.
 */
export const planLoadedFilter = (
  filter: FilterSpec | null,
  columns: readonly Column[],
): LoadedFilterPlan => {
  if (!filter || filter.expression.trim() === '') return { kind: 'all' };
  const ast = parse(filter.expression);
  if (!ast) return { kind: 'invalid', filter, named: namedColumns(filter.expression, columns) };
  if (filter.mode === 'page') return { kind: 'engine', filter, reason: 'a page-mode filter' };
  const predicate = itemPredicate(ast);
  if (!predicate) return { kind: 'engine', filter, reason: 'it projects or reorders items' };
  const reads = itemReads(predicate);
  const fields = reads && fieldsFor(reads, columns);
  if (!fields) return { kind: 'engine', filter, reason: 'it reads fields no column holds' };
  return { kind: 'loaded', filter, predicate, fields };
};
