import { ApiFailure, type Cell, type Column } from '../../../shared/contract';

/** Groupings that are not a column: the date column's month and the key's folder. */
export const MONTH = 'month';
export const FOLDER = 'folder';

/** How one grouping reads its value from a row. */
export interface SummaryField {
  by: string;
  label: string;
  value(row: readonly Cell[]): Cell;
}

/** Where the figures every summary needs sit in a row, or -1 when the view has no such column. */
export interface SummaryColumns {
  size: number;
  date: number;
  key: number;
}

/** The column whose `/`-separated value has folders: an S3 object's or version's key. */
const FOLDER_COLUMN = 'Key';

export const summaryColumns = (columns: readonly Column[]): SummaryColumns => ({
  size: columns.findIndex((c) => c.type === 'bytes'),
  date: columns.findIndex((c) => c.type === 'date'),
  key: columns.findIndex((c) => c.id === FOLDER_COLUMN),
});

/**
 * The key's folder `depth` levels down, as `du --max-depth` counts it: every key under a/b/ is
 * in a/b/ at depth 2; a key with fewer folders than that is in its own folder ('' at the top).
 */
export const folderOf = (key: string, depth: number): string => {
  let end = -1;
  for (let level = 0; level < depth; level += 1) {
    const next = key.indexOf('/', end + 1);
    if (next < 0) break;
    end = next;
  }
  return key.slice(0, end + 1);
};

/** The fields that can group this view's rows, for the error that names the wrong one. */
export const groupableFields = (columns: readonly Column[], at: SummaryColumns): string[] => [
  ...columns.filter((c) => c.type !== 'bytes' && c.type !== 'date').map((c) => c.id),
  ...(at.date >= 0 ? [MONTH] : []),
  ...(at.key >= 0 ? [FOLDER] : []),
];

/** Each requested grouping as a reader over rows of these columns; an unknown one is refused. */
export const summaryFields = (
  by: readonly string[],
  columns: readonly Column[],
  at: SummaryColumns,
  depth: number,
): SummaryField[] => {
  const allowed = groupableFields(columns, at);
  return by.map((name): SummaryField => {
    if (!allowed.includes(name)) {
      throw ApiFailure.of(
        'BAD_REQUEST',
        `Cannot group by ${JSON.stringify(name)}: this view groups by ${allowed.join(', ')}.`,
      );
    }
    if (name === MONTH) {
      return {
        by: name,
        label: `Month (${columns[at.date]!.label.toLowerCase()})`,
        value: (row) => {
          const date = row[at.date];
          return typeof date === 'string' ? date.slice(0, 7) : null;
        },
      };
    }
    if (name === FOLDER) {
      return {
        by: name,
        label: `Folder (depth ${depth})`,
        value: (row) => {
          const key = row[at.key];
          return typeof key === 'string' ? folderOf(key, depth) : null;
        },
      };
    }
    const index = columns.findIndex((c) => c.id === name);
    return { by: name, label: columns[index]!.label, value: (row) => row[index] ?? null };
  });
};
