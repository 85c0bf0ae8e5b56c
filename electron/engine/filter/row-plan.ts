import type { Cell, Column, Row } from '../../../shared/contract';
import {
  columnInfo,
  type ColumnDef,
  type Item,
  type ResourceDescriptor,
} from '../resources/resource';
import type { CompiledFilter } from './compile-filter';

/** How filter results become rows: the resource's columns, a projection's keys, or one Value. */
export type PlanKind = 'items' | 'hash' | 'values';

export interface RowPlan {
  /** Null until the first result shows whether results are items or plain values. */
  kind: PlanKind | null;
  columns(): Column[];
  /** Fixes `kind` from the first result, when neither the expression nor a cursor did. */
  learn(results: readonly unknown[]): void;
  /** The rows of results[from, to) (all by default), learning `kind` from the results first. */
  toRows(results: readonly unknown[], region: string | null, from?: number, to?: number): Row[];
}

const REGION: Column = { id: 'Region', label: 'Region', type: 'text' };
const VALUE: Column = { id: 'Value', label: 'Value', type: 'text' };

export const toCell = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
};

const isItem = (value: unknown, fields: readonly string[]): value is Item =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  fields.every((field) => field in value);

const hashColumns = (filter: CompiledFilter, defs: readonly ColumnDef[]): Column[] =>
  (filter.hashKeys ?? []).map((id, i) => {
    const field = filter.hashFields[i];
    const borrowed = defs.find((d) => d.id === field || d.id === id);
    return { id, label: id, type: borrowed?.type ?? 'text' };
  });

/**
 * The plan is fixed by the expression when it ends in a projection of objects, else by the first
 * result; `kind` is carried in the cursor so a resumed listing keeps the same columns. Items get
 * the resource's columns and then the view's added ones; a projection's rows are no items, so
 * added columns have nothing to read there.
 */
export const createRowPlan = (
  resource: ResourceDescriptor,
  filter: CompiledFilter | null,
  withRegion: boolean,
  known: PlanKind | null = null,
  added: readonly ColumnDef[] = [],
): RowPlan => {
  const defs = added.length > 0 ? [...resource.columns, ...added] : resource.columns;
  const keys = filter?.hashKeys ?? null;
  let kind: PlanKind | null = !filter ? 'items' : keys ? 'hash' : known;
  const base = (): Column[] =>
    kind === 'hash'
      ? hashColumns(filter!, resource.columns)
      : kind === 'values'
        ? [VALUE]
        : columnInfo(defs);
  const row = (value: unknown): Row => {
    if (kind === 'items') {
      // A loop rather than defs.map(), which would make a closure over the item for every row.
      const cells = new Array<Cell>(defs.length);
      for (let i = 0; i < defs.length; i += 1) cells[i] = defs[i]!.get(value as Item);
      return cells;
    }
    if (kind === 'hash') {
      const object = (typeof value === 'object' && value !== null ? value : {}) as Item;
      return keys!.map((k) => toCell(object[k]));
    }
    return [toCell(value)];
  };
  const learn = (results: readonly unknown[]): void => {
    if (kind === null && results.length > 0) {
      const fields = resource.itemFields ?? [resource.info.keyColumn];
      kind = isItem(results[0], fields) ? 'items' : 'values';
    }
  };
  return {
    get kind() {
      return kind;
    },
    columns: () => (withRegion ? [...base(), REGION] : base()),
    learn,
    toRows(results, region, from = 0, to = results.length) {
      learn(results);
      const rows = new Array<Row>(to - from);
      for (let i = from; i < to; i += 1) {
        const r = row(results[i]);
        if (withRegion) r.push(region);
        rows[i - from] = r;
      }
      return rows;
    },
  };
};
