import { ApiFailure, type Column, type ExportScope, type Row } from '../../../shared/contract';

/** Which rows and columns of a view go into the file, applied batch by batch. */
export interface RowSelection {
  readonly columns: Column[];
  /** The rows of one batch that belong in the file, cut to the chosen columns. */
  pick(rows: readonly Row[]): Row[];
  /** True when no later row can be picked, so the listing can stop early. */
  complete(): boolean;
}

export interface SelectionRequest {
  /** Column ids in output order; empty means the view's own columns. */
  columns: readonly string[];
  scope: ExportScope;
  /** The column that names a row (Key, InstanceId); selected rows are matched on it. */
  keyColumn: string | null;
}

const indexOf = (columns: readonly Column[], id: string, why: string): number => {
  const index = columns.findIndex((c) => c.id === id);
  if (index < 0) {
    const known = columns.map((c) => c.id).join(', ');
    throw ApiFailure.of('BAD_REQUEST', `${why} "${id}" is not a column of this view (${known}).`);
  }
  return index;
};

const keyFilter = (view: readonly Column[], request: SelectionRequest) => {
  if (request.scope.kind !== 'selected') return null;
  if (!request.keyColumn) {
    throw ApiFailure.of('BAD_REQUEST', 'The rows of this view have no key to select them by.');
  }
  const keyIndex = indexOf(view, request.keyColumn, 'The key column');
  const keys = new Set(request.scope.keys);
  return (row: Row) => keys.has(String(row[keyIndex]));
};

/**
 * Built from the first batch's columns (a projection's columns are only known once the listing
 * has run). Unknown column ids are a BAD_REQUEST rather than empty cells: a file with a silently
 * blank column would look complete and be wrong.
 */
export const createRowSelection = (
  view: readonly Column[],
  request: SelectionRequest,
): RowSelection => {
  const ids = request.columns.length > 0 ? request.columns : view.map((c) => c.id);
  const indexes = ids.map((id) => indexOf(view, id, 'The column'));
  const identity = indexes.length === view.length && indexes.every((at, i) => at === i);
  const matches = keyFilter(view, request);
  let remaining = request.scope.kind === 'loaded' ? request.scope.count : Infinity;

  const project = (row: Row): Row => (identity ? row : indexes.map((at) => row[at] ?? null));

  return {
    columns: indexes.map((at) => view[at]!),
    pick(rows) {
      const kept = matches ? rows.filter(matches) : rows.slice(0, Math.min(rows.length, remaining));
      remaining -= kept.length;
      return kept.map(project);
    },
    complete: () => remaining <= 0,
  };
};
