import type {
  Cell,
  Column,
  Row,
  Summary,
  SummaryEntry,
  SummaryGroup,
  SummaryGrouping,
} from '../../../shared/contract';
import { compareCodePoints } from '../../../shared/jmespath/python-values';
import {
  MONTH,
  summaryColumns,
  summaryFields,
  type SummaryColumns,
  type SummaryField,
} from './summary-fields';
import { TopN } from './top-n';

export interface SummaryOptions {
  /** Column ids, `month` or `folder`. */
  by: readonly string[];
  /** The folder level `folder` groups at (1 = the top folders). */
  depth: number;
  /** How many rows the largest and oldest lists keep. */
  top: number;
}

interface Plan {
  ids: string;
  columns: readonly Column[];
  at: SummaryColumns;
  fields: SummaryField[];
  groups: Array<Map<Cell, SummaryGroup>>;
}

const orderOfValues = (a: Cell, b: Cell): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compareCodePoints(String(a), String(b));

/** Months in calendar order; other groups largest first (by size where there are sizes). */
const orderGroups = (by: string, groups: SummaryGroup[]): SummaryGroup[] =>
  groups.sort((a, b) =>
    by === MONTH
      ? orderOfValues(a.value, b.value)
      : (b.size ?? 0) - (a.size ?? 0) || b.count - a.count || orderOfValues(a.value, b.value),
  );

const entryOf = (columns: readonly Column[], row: Row): SummaryEntry =>
  Object.fromEntries(columns.map((c, i) => [c.id, row[i] ?? null]));

/**
 * A summary folded over a listing's batches as they arrive. What it holds is one counter per
 * group and N rows per top list, so a listing of any length fits.
 */
export const createSummaryFold = (options: SummaryOptions, columns: readonly Column[]) => {
  let plan: Plan | null = null;
  let count = 0;
  let totalSize = 0;
  // Largest first; oldest first. Equal ones keep the listing's order.
  const largest = new TopN<Row>(options.top, (a, b) => sizeOf(b) - sizeOf(a));
  const oldest = new TopN<Row>(options.top, (a, b) => orderOfValues(dateOf(a), dateOf(b)));
  const sizeOf = (row: Row): number => {
    const size = plan && plan.at.size >= 0 ? row[plan.at.size] : null;
    return typeof size === 'number' ? size : 0;
  };
  const dateOf = (row: Row): Cell => (plan && plan.at.date >= 0 ? row[plan.at.date]! : null);

  const planFor = (columns: readonly Column[]): Plan => {
    const ids = columns.map((c) => c.id).join('\u0000');
    if (plan && plan.ids === ids) return plan;
    const at = summaryColumns(columns);
    plan = {
      ids,
      columns,
      at,
      fields: summaryFields(options.by, columns, at, options.depth),
      groups: options.by.map(() => new Map()),
    };
    return plan;
  };

  // The resource's columns, so that a wrong grouping is refused before anything is listed; a
  // projection's columns replace them with its first batch.
  planFor(columns);

  return {
    add(columns: readonly Column[], rows: readonly Row[]): void {
      const { at, fields, groups } = planFor(columns);
      for (const row of rows) {
        count += 1;
        const size =
          at.size >= 0 && typeof row[at.size] === 'number' ? (row[at.size] as number) : 0;
        totalSize += size;
        for (let f = 0; f < fields.length; f += 1) {
          const value = fields[f]!.value(row);
          const group = groups[f]!.get(value);
          if (group) {
            group.count += 1;
            if (group.size !== null) group.size += size;
          } else {
            groups[f]!.set(value, { value, count: 1, size: at.size >= 0 ? size : null });
          }
        }
        // A delete marker (no size) is none of the largest.
        if (at.size >= 0 && typeof row[at.size] === 'number') largest.offer(row);
        if (at.date >= 0 && row[at.date] !== null) oldest.offer(row);
      }
    },

    result(): Summary {
      const { columns, at, fields, groups } = plan!;
      const groupings: SummaryGrouping[] = fields.map((field, f) => ({
        by: field.by,
        label: field.label,
        groups: orderGroups(field.by, [...groups[f]!.values()]),
      }));
      return {
        count,
        totalSize: at.size >= 0 ? totalSize : null,
        groupings,
        largest: largest.values().map((row) => entryOf(columns, row)),
        entryColumns: [...new Set([0, at.size, at.date].filter((i) => i >= 0))].map(
          (i) => columns[i]!.id,
        ),
        oldest: oldest.values().map((row) => entryOf(columns, row)),
      };
    },
  };
};

export type SummaryFold = ReturnType<typeof createSummaryFold>;
